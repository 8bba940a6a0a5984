package dev.dossier.spark.bench;

import dev.dossier.pipeline.RunResult;
import dev.dossier.spark.Sessions;
import dev.dossier.spark.SparkAnalyzeJob;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark benchmark, one measurement per JVM so that peak memory means something:
 * {@code generate DIR ARTICLES [TEXT_SHARE [every-system|archive]]} writes a corpus (with {@code every-system},
 * about every weapon of the lexicon: {@link NewsCorpus#NewsCorpus(long, boolean)}; with {@code archive},
 * runs of articles about one deal each: {@link NewsCorpus#archive}); {@code run DIR MASTER} times one
 * job, with its phases on stderr, and prints one line: master, documents, seconds, documents/s,
 * peak heap (sampled every 20 ms), peak RSS, and the heap the driver holds with the result.
 * In local mode the driver and the executors share this JVM, so its peaks are theirs together.
 */
public final class SparkBench {
    private SparkBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args.length <= 5 && args[0].equals("generate")
                && (args.length < 5 || List.of("every-system", "archive").contains(args[4]))) {
            double share = args.length > 3 ? Double.parseDouble(args[3]) : 0.5;
            String kind = args.length > 4 ? args[4] : "";
            int articles = Integer.parseInt(args[2]);
            NewsCorpus corpus = kind.equals("archive") ? NewsCorpus.archive(42, articles)
                    : new NewsCorpus(42, kind.equals("every-system"));
            CorpusWriter.write(corpus, Path.of(args[1]), articles, share);
            System.out.println("wrote " + args[2] + " articles under " + args[1]);
        } else if (args.length == 3 && args[0].equals("run")) {
            System.out.println(run(args[1], args[2]));
        } else {
            System.err.println("usage: SparkBench generate DIR ARTICLES [TEXT_SHARE [every-system|archive]] | run DIR MASTER");
            System.exit(2);
        }
    }

    static String run(String dir, String master) throws IOException {
        HeapPeak peak = HeapPeak.start();
        SparkSession spark = Sessions.start(master);
        try {
            long started = System.nanoTime();
            RunResult result = SparkAnalyzeJob.run(spark, List.of(dir), 0, System.err::println);
            double seconds = (System.nanoTime() - started) / 1e9;
            int documents = result.dossier().documents().size();
            return String.format(Locale.ROOT, "%s\t%d documents\t%.1f s\t%.1f documents/s\tpeak heap %d MB\tpeak RSS %d MB"
                    + "\tdriver holds %d MB", master, documents, seconds, documents / seconds, peak.mb(), peakRssMb(),
                    retainedMb(result));
        } finally {
            spark.stop();
        }
    }

    /**
     * The heap still in use after a full collection while the result is held: what the driver
     * needs for the cross-document stages and the report, plus Spark's own live state (the
     * executors' cached results were dropped, waiting, when the job ended).
     */
    private static long retainedMb(RunResult result) {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return result.dossier().documents().isEmpty() ? 0 : used >> 20;
    }

    /** The most heap in use at any moment, sampled every 20 ms by a daemon thread. */
    private static final class HeapPeak implements Runnable {
        private volatile long peak;

        static HeapPeak start() {
            HeapPeak sampler = new HeapPeak();
            Thread thread = new Thread(sampler, "heap-peak");
            thread.setDaemon(true);
            thread.start();
            return sampler;
        }

        @Override
        public void run() {
            java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long mb() {
            return Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()) >> 20;
        }
    }

    /** VmHWM from /proc/self/status (Linux); -1 elsewhere. */
    private static long peakRssMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
            }
        }
        return -1;
    }
}
