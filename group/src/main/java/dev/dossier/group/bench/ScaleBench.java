package dev.dossier.group.bench;

import dev.dossier.group.GroupingConfig;
import dev.dossier.group.corpus.CorpusGenerator;
import dev.dossier.group.fingerprint.CopyIndex;
import dev.dossier.group.fingerprint.Fingerprint;
import dev.dossier.group.fingerprint.Fingerprinter;
import dev.dossier.group.fingerprint.TextFolder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Copy-detection scaling benchmark: for each size, streams a generated corpus (nothing but the
 * compact signatures is kept), fingerprints every document, finds copies by LSH banding, and
 * prints wall time, process CPU time, the thread time spent generating and fingerprinting, peak heap, candidate pairs verified, and pair precision and recall against
 * the planted copies. Sizes run one after another in one JVM; peak heap is reset between them.
 *
 * <pre>java -Xmx2g -cp … dev.dossier.group.bench.ScaleBench 10000 100000 1000000</pre>
 */
public final class ScaleBench {
    /** Documents generated and fingerprinted in parallel, then added to the index in order. */
    private static final int BATCH = 8192;
    private ScaleBench() {}

    public static void main(String[] args) {
        long seed = 42;
        System.out.println("threads: " + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism()
                + ", max heap: " + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
        System.out.println("documents  generate+fingerprint_s  lsh_s  total_s  process_cpu_s  generate_thread_s  fingerprint_thread_s  peak_heap_mb  index_mb  verified_pairs  precision  recall");
        for (String arg : args.length == 0 ? new String[] {"10000", "100000", "1000000"} : args) {
            System.out.println(run(Integer.parseInt(arg.replace("_", "")), seed));
        }
    }

    /** One row of the table for {@code size} documents. */
    public static String run(int size, long seed) {
        GroupingConfig config = GroupingConfig.defaults();
        Fingerprinter fingerprinter = new Fingerprinter(TextFolder.standard(), config.shingleWords(),
                config.copies().bins(), config.seed());
        CorpusGenerator generator = new CorpusGenerator(seed);
        System.gc();
        resetPeaks();
        LongAdder generating = new LongAdder();
        LongAdder fingerprinting = new LongAdder();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        CopyIndex index = new CopyIndex(config.copies(), size);
        long[] families = new long[size];
        for (int from = 0; from < size; from += BATCH) {
            Fingerprint[] batch = IntStream.range(from, Math.min(size, from + BATCH)).parallel()
                    .mapToObj(i -> timed(generator, fingerprinter, i, generating, fingerprinting))
                    .toArray(Fingerprint[]::new);
            for (int k = 0; k < batch.length; k++) {
                families[batch[k].addTo(index)] = generator.family(from + k);
            }
        }
        long fingerprinted = System.nanoTime();
        int[] components = index.components();
        long done = System.nanoTime();
        long cpu = processCpuNanos() - cpuStart;
        PairCounts pairs = PairCounts.of(components, families);
        return String.format(Locale.ROOT, "%9d  %22.1f  %5.1f  %7.1f  %13.1f  %17.1f  %20.1f  %12d  %8d  %14d  %9.4f  %6.4f",
                size, seconds(start, fingerprinted), seconds(fingerprinted, done), seconds(start, done), cpu / 1e9,
                generating.sum() / 1e9, fingerprinting.sum() / 1e9,
                peakHeapMegabytes(), (long) size * config.copies().signatureSize() / (1 << 20),
                index.verifiedPairs(), pairs.precision(), pairs.recall());
    }

    private static Fingerprint timed(CorpusGenerator generator, Fingerprinter fingerprinter, int i,
            LongAdder generating, LongAdder fingerprinting) {
        long t0 = System.nanoTime();
        String text = generator.document(i).text();
        long t1 = System.nanoTime();
        Fingerprint fingerprint = fingerprinter.of(text);
        generating.add(t1 - t0);
        fingerprinting.add(System.nanoTime() - t1);
        return fingerprint;
    }

    /** CPU time of the whole process (all threads, GC included): wall time says little on a shared machine. */
    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    /** Pairwise precision and recall of predicted components against planted families, in linear time. */
    public record PairCounts(long predicted, long planted, long both) {
        /** Counts by sorting packed keys: a few flat arrays even for a million documents. */
        public static PairCounts of(int[] components, long[] families) {
            long[] byComponent = new long[components.length];
            long[] byFamily = new long[components.length];
            long[] byBoth = new long[components.length];
            for (int i = 0; i < components.length; i++) {
                byComponent[i] = components[i];
                byFamily[i] = families[i];
                byBoth[i] = ((long) components[i] << 32) | (families[i] & 0xFFFFFFFFL);
            }
            return new PairCounts(pairs(byComponent), pairs(byFamily), pairs(byBoth));
        }

        /** The number of pairs of equal values. */
        private static long pairs(long[] values) {
            java.util.Arrays.sort(values);
            long pairs = 0;
            int run = 1;
            for (int i = 1; i <= values.length; i++) {
                if (i < values.length && values[i] == values[i - 1]) {
                    run++;
                } else {
                    pairs += (long) run * (run - 1) / 2;
                    run = 1;
                }
            }
            return pairs;
        }

        public double precision() {
            return predicted == 0 ? 1 : (double) both / predicted;
        }

        public double recall() {
            return planted == 0 ? 1 : (double) both / planted;
        }
    }
}
