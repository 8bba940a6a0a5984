package dev.dossier.pipeline;

import dev.dossier.group.Grouper;
import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Document;
import dev.dossier.model.Dossier;
import dev.dossier.model.Entity;
import dev.dossier.model.Grouping;
import dev.dossier.model.Mention;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Reconciliation;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The one place that says in which order the stages run:
 * ingest → extract → annotate → assert (per document, in parallel) → group → reconcile.
 * The result does not depend on the order of the input files nor on the thread count.
 */
public final class Pipeline {
    private final Stages stages;
    private final PipelineConfig config;

    public Pipeline(Stages stages, PipelineConfig config) {
        this.stages = dev.dossier.model.Checks.present(stages, "stages");
        this.config = dev.dossier.model.Checks.present(config, "config");
    }

    public RunResult run(List<Path> inputs, Progress progress) {
        return assemble(readInputs(inputs, progress));
    }

    /**
     * A run that keeps only what was published by {@code asOf}'s date: the dossier equals that of
     * a run over those documents alone. The cut says how many were left out and why.
     */
    public AsOfRun run(List<Path> inputs, Progress progress, AsOf asOf) {
        AsOf.Cut cut = asOf.cut(readInputs(inputs, progress));
        return new AsOfRun(assemble(cut.kept()), cut);
    }

    /** A run cut at a date, and what the cut left out. */
    public record AsOfRun(RunResult run, AsOf.Cut cut) {}

    /**
     * The cross-document stages (group → reconcile) over per-document results, which may come
     * from a store or from distributed workers. Results are ordered by source first, so the
     * answer does not depend on the order they arrive in.
     */
    public RunResult assemble(List<DocumentResult> unordered) {
        List<DocumentResult> results = new ArrayList<>(unordered);
        results.sort(DocumentResult.IN_PIPELINE_ORDER);
        List<Document> documents = results.stream().map(r -> r.annotated().document()).toList();
        Grouper.Staged grouped = stages.grouper().staged(documents);
        // the stories, the longest part of grouping, are clustered on a thread of their own while
        // reconcile, which reads only copies and origins (Reconciler), runs on this one
        CompletableFuture<Grouping> whole = CompletableFuture.supplyAsync(grouped.whole(), Pipeline::onOwnThread);
        List<Assertion> assertions = results.stream().flatMap(r -> r.assertions().stream()).toList();
        List<AnnotatedDocument> annotated = results.stream().map(DocumentResult::annotated).toList();
        Reconciliation reconciled = stages.reconciler().reconcile(annotated, assertions, grouped.copies());
        Grouping grouping = Stages.joined(whole);
        Dossier dossier = new Dossier(documents, grouping, entitiesOf(annotated), reconciled.events(),
                reconciled.deals(), reconciled.contradictions(), reconciled.timeline(), reconciled.undated());
        return new RunResult(dossier, results);
    }

    /** Runs {@code work} on a new daemon thread, which ends with it. */
    private static void onOwnThread(Runnable work) {
        Thread thread = new Thread(work, "dossier-stories");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Every raw document of every input, sorted by source so that listing order cannot matter.
     * An input named twice (the same file or folder by another path) is read once. When two
     * inputs hold the same relative path ({@code a/report.txt} and {@code b/report.txt} given as
     * {@code a b}), each such document is named with its input in front, so both survive.
     * An ingestor that breaks on an input costs that input only.
     */
    public List<RawDocument> ingest(List<Path> inputs) {
        List<RawDocument> raws = new ArrayList<>();
        eachRaw(inputs, raws::add);
        raws.sort(Comparator.comparing(RawDocument::source));
        return raws;
    }

    /**
     * The documents of {@link #ingest} (the same names, each once), handed to {@code sink} in reading
     * order as the ingestor produces them instead of collected. Only when there are several inputs
     * are they listed once first, without keeping their content, to find the relative paths that
     * more than one of them holds.
     */
    private void eachRaw(List<Path> inputs, Consumer<RawDocument> sink) {
        Map<Path, Path> distinct = new LinkedHashMap<>();
        inputs.forEach(input -> distinct.putIfAbsent(InputNames.identity(input), input));
        Map<String, Integer> inputsPerSource = new HashMap<>();
        if (distinct.size() > 1) {
            for (Path input : distinct.values()) {
                Set<String> sources = new HashSet<>();
                read(input, raw -> sources.add(raw.source()));
                sources.forEach(source -> inputsPerSource.merge(source, 1, Integer::sum));
            }
        }
        Set<String> seen = new HashSet<>();
        for (Path input : distinct.values()) {
            read(input, raw -> {
                RawDocument named = inputsPerSource.getOrDefault(raw.source(), 1) > 1
                        ? raw.withSource(InputNames.qualified(input, raw.source())) : raw;
                if (seen.add(named.source())) {
                    sink.accept(named);
                }
            });
        }
    }

    /**
     * Hands each raw document of one input to {@code sink}; an ingestor that breaks on the input
     * adds one failed document for it after those it gave. What the sink throws is not the
     * input's fault and goes on up.
     */
    private void read(Path input, Consumer<RawDocument> sink) {
        try {
            stages.ingestor().read(input, raw -> {
                try {
                    sink.accept(raw);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            });
        } catch (SinkFailure e) {
            throw e.failure;
        } catch (RuntimeException | StackOverflowError e) {
            sink.accept(RawDocument.failed(InputNames.qualified(input, ""), "cannot read this input: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")));
        }
    }

    /** Carries a failure of the reading side through the ingestor, so that it is not taken for the input's. */
    private static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RuntimeException failure;

        SinkFailure(RuntimeException cause) {
            super(cause);
            this.failure = cause;
        }
    }

    /**
     * The per-document stages over every document of {@code inputs}, streamed: documents are read
     * from the inputs while earlier ones are being worked on, at most a few per thread at a time,
     * and each result is {@link DocumentResult#reduced reduced} to what the cross-document stages
     * read as soon as it is done. Memory holds no list of raw inputs and no full annotations, only
     * the reduced results. Same per-document limit on work and failure containment as
     * {@link #readAll}; the progress total is the number of documents found so far.
     */
    public List<DocumentResult> readInputs(List<Path> inputs, Progress progress) {
        List<DocumentResult> results = new ArrayList<>();
        try (Reader reader = new Reader(progress, -1, result -> results.add(result.reduced()))) {
            eachRaw(inputs, reader::submit);
            reader.finish();
        }
        return results;
    }

    /**
     * The per-document stages over {@code raws}, {@code config.threads()} at a time, in the order
     * given; each document bounded by the per-document limit on work, its failure its own.
     */
    public List<DocumentResult> readAll(List<RawDocument> raws, Progress progress) {
        List<DocumentResult> results = new ArrayList<>();
        try (Reader reader = new Reader(progress, raws.size(), results::add)) {
            raws.forEach(reader::submit);
            reader.finish();
        }
        return results;
    }

    /**
     * Runs documents through the per-document stages on {@code config.threads()} threads as they
     * are submitted, and hands their results on in submission order. At most {@link #WINDOW_PER_THREAD}
     * documents per thread wait or run at once: submitting more first waits for the oldest.
     */
    private final class Reader implements AutoCloseable {
        private final ThreadPoolExecutor pool = new ThreadPoolExecutor(config.threads(), config.threads(), 0,
                TimeUnit.MILLISECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), daemonThreads());
        private final Deque<Pending> pending = new ArrayDeque<>();
        private final Progress progress;
        private final int total;
        private final Consumer<DocumentResult> sink;
        private int submitted;
        private int done;

        /** {@code total}: how many documents will come, or -1 when unknown (the count so far is shown). */
        Reader(Progress progress, int total, Consumer<DocumentResult> sink) {
            this.progress = progress;
            this.total = total;
            this.sink = sink;
        }

        void submit(RawDocument raw) {
            DocumentTask task = new DocumentTask(raw);
            pending.add(new Pending(pool.submit(task), task));
            submitted++;
            while (pending.size() >= WINDOW_PER_THREAD * config.threads()) {
                handOnOldest();
            }
        }

        void finish() {
            while (!pending.isEmpty()) {
                handOnOldest();
            }
        }

        private void handOnOldest() {
            Pending oldest = pending.poll();
            DocumentResult result = await(oldest.future(), oldest.task(), pool);
            done++;
            progress.documentRead(done, total < 0 ? submitted : total, oldest.task().raw.source());
            sink.accept(result);
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** A submitted document and its task. */
    private record Pending(Future<DocumentResult> future, DocumentTask task) {}

    /** How many documents per reading thread may be waiting or running at once (enough to keep them busy). */
    private static final int WINDOW_PER_THREAD = 8;

    /**
     * extract → annotate → assert for one document; a document that is not ok is carried, unread.
     * A stage that throws on this document's content makes it a failed document with the reason;
     * the run goes on.
     */
    public DocumentResult readDocument(RawDocument raw) {
        return readDocument(raw, stage -> { });
    }

    private DocumentResult readDocument(RawDocument raw, java.util.function.Consumer<DocumentStage> entering) {
        try {
            entering.accept(DocumentStage.EXTRACTION);
            Document document = stages.extractor().extract(raw);
            if (!document.ok()) {
                return new DocumentResult(AnnotatedDocument.bare(document), List.of());
            }
            entering.accept(DocumentStage.LANGUAGE);
            AnnotatedDocument annotated = stages.annotator().annotate(document);
            entering.accept(DocumentStage.EVENTS);
            return new DocumentResult(annotated, stages.assertions().read(annotated));
        } catch (RuntimeException | StackOverflowError e) {
            return new DocumentResult(AnnotatedDocument.bare(Failures.failed(raw, e)), List.of());
        }
    }

    /** One document's per-document stages, with the time it started and the stage it is in. */
    private final class DocumentTask implements java.util.concurrent.Callable<DocumentResult> {
        private final RawDocument raw;
        private volatile Thread worker;
        private volatile long startedNanos;
        /** The worker thread's CPU time when this task started on it: a pooled thread has worked before. */
        private volatile long startedCpuNanos;
        private volatile DocumentStage stage = DocumentStage.EXTRACTION;
        private boolean ended;
        private ThreadPoolExecutor stoppedIn;

        DocumentTask(RawDocument raw) {
            this.raw = raw;
        }

        @Override
        public DocumentResult call() {
            startedNanos = System.nanoTime();
            startedCpuNanos = CPU.isThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : -1;
            worker = Thread.currentThread();
            try {
                return readDocument(raw, entered -> {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new java.util.concurrent.CancellationException("stopped");
                    }
                    stage = entered;
                });
            } finally {
                ended();
            }
        }

        /**
         * Marks this task stopped while it still runs, so that its thread, given up for lost, is
         * replaced in {@code pool} until the task winds down; nothing when it has ended already.
         */
        synchronized void stopIn(ThreadPoolExecutor pool) {
            if (!ended) {
                stoppedIn = pool;
                resize(pool, +1);
            }
        }

        /** A stopped task that winds down gives its extra thread back: the pool never grows past its size for long. */
        private synchronized void ended() {
            ended = true;
            if (stoppedIn != null) {
                resize(stoppedIn, -1);
            }
        }

        /**
         * How long it has worked, in CPU time of its thread since it started there where the JVM
         * measures that (so that a busy machine does not stop a document that is merely waiting
         * for a core), else in wall-clock time; 0 before it starts. Not the thread's whole CPU
         * time: a pooled thread that has read many documents would stop every later one.
         */
        long workedMillis() {
            Thread thread = worker;
            if (thread == null) {
                return 0;
            }
            long cpu = startedCpuNanos >= 0 ? CPU.getThreadCpuTime(thread.getId()) : -1;
            return (cpu >= 0 ? cpu - startedCpuNanos : System.nanoTime() - startedNanos) / 1_000_000;
        }
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    /** How often a running document's time is looked at. */
    private static final long POLL_MILLIS = 200;

    /**
     * The task's result, or a failed document once it has worked longer than the configured time.
     * The stopped task is interrupted (the stages check between steps); its thread is replaced so
     * that the documents after it are not held up while it winds down.
     */
    private DocumentResult await(Future<DocumentResult> future, DocumentTask task, ThreadPoolExecutor pool) {
        try {
            while (true) {
                try {
                    return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (task.workedMillis() >= config.documentTimeoutMillis() && !future.isDone()) {
                        return stop(future, task, pool);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + task.raw.source(), e);
        } catch (ExecutionException e) {
            return new DocumentResult(AnnotatedDocument.bare(Failures.failed(task.raw, e.getCause())), List.of());
        }
    }

    private DocumentResult stop(Future<DocumentResult> future, DocumentTask task, ThreadPoolExecutor pool) {
        task.stopIn(pool);
        future.cancel(true);
        return new DocumentResult(AnnotatedDocument.bare(Failures.stopped(task.raw, config.documentTimeoutMillis(),
                task.stage)), List.of());
    }

    /**
     * One more or one fewer thread. The core size follows the maximum (the maximum may never be
     * below the core size); a thread over the new size ends when it is next idle.
     */
    private static void resize(ThreadPoolExecutor pool, int by) {
        synchronized (pool) {
            if (by > 0) {
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
                pool.setCorePoolSize(pool.getCorePoolSize() + by);
            } else {
                pool.setCorePoolSize(pool.getCorePoolSize() + by);
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
            }
        }
    }

    /** Each entity mentioned anywhere, once, ordered by id. */
    /** The entities the documents name, by id; the first document to name one gives it. */
    public static List<Entity> entitiesOf(List<AnnotatedDocument> annotated) {
        Map<String, Entity> byId = new java.util.TreeMap<>();
        for (AnnotatedDocument doc : annotated) {
            for (Mention mention : doc.mentions()) {
                byId.putIfAbsent(mention.entity().id(), mention.entity());
            }
        }
        return List.copyOf(byId.values());
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "dossier-reader");
            thread.setDaemon(true);
            return thread;
        };
    }
}
