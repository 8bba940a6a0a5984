package dev.dossier.report;

import dev.dossier.model.Checks;
import dev.dossier.model.Dossier;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes every output of a run into one folder. Thread-safe: holds no state.
 *
 * <p>Each file is written to a temporary sibling first and then moved into place, so a reader
 * never sees half a report.
 */
public final class Reports {
    /** The files {@link #writeAll} writes, in the order it moves them into place. */
    public static final List<String> FILES = List.of("dossier.json", "ledger.csv", "report.md", "report.html");
    private static final String TEMPORARY = ".tmp";

    private Reports() {}

    /**
     * Writes {@code dossier.json}, {@code ledger.csv}, {@code report.md} and {@code report.html}
     * into {@code dir}, creating it when needed. Each file is written to a temporary sibling, and
     * the temporary files replace the old ones only once all four are complete, so a run that
     * breaks while rendering leaves the earlier reports untouched, and a reader never sees half a
     * file. {@code dossier.json} is streamed to its temporary file (its text would be hundreds of
     * megabytes at 100,000 documents); the three summaries are rendered in memory, since they
     * summarise long lists (see {@link Listing}).
     *
     * <p>The four files are independent, so they are rendered and written at the same time, up to
     * one per processor (the tail of a run is otherwise one thread while the other cores wait);
     * the bytes are those of writing them one after the other. When several fail, the error
     * thrown is that of the first of them to be started.
     *
     * <p>Takes the dossier alone, not the run: a caller that drops its {@code RunResult} lets the
     * per-document results (sentences and mentions of every document) go before the reports are
     * rendered.
     *
     * @throws IOException naming the file that could not be written
     */
    public static void writeAll(Dossier dossier, Path dir) throws IOException {
        Checks.present(dossier, "dossier");
        Checks.present(dir, "dir");
        ReportData data = new ReportData(dossier);
        createDirectory(dir);
        try {
            // the longest to render first, so that it does not start last with the others done
            concurrently(List.of(
                    () -> writeTemporary(dir.resolve("report.html"), HtmlReport.write(data)),
                    () -> streamTemporary(dir.resolve("dossier.json"), dossier),
                    () -> writeTemporary(dir.resolve("report.md"), MarkdownReport.write(data)),
                    () -> writeTemporary(dir.resolve("ledger.csv"), LedgerCsv.write(data))));
            for (String name : FILES) {
                moveIntoPlace(temporaryOf(dir.resolve(name)));
            }
        } finally {
            // every write has ended: what is left of a temporary file was not moved into place
            FILES.forEach(name -> deleteQuietly(temporaryOf(dir.resolve(name))));
        }
    }

    /**
     * Runs every write, up to one per processor at once, and returns once all of them have ended;
     * the first failure in the order given is thrown.
     */
    private static void concurrently(List<Callable<Path>> writes) throws IOException {
        int threads = Math.max(1, Math.min(writes.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, Reports::writerThread);
        try {
            for (Future<Path> write : pool.invokeAll(writes)) {
                throwFailure(write);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the reports");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Throws what a finished write threw, if anything. */
    private static void throwFailure(Future<Path> write) throws IOException, InterruptedException {
        try {
            write.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static Thread writerThread(Runnable runnable) {
        Thread thread = new Thread(runnable, "dossier-report");
        thread.setDaemon(true);
        return thread;
    }

    /** {@code dossier.json}'s text: for an API that serves a dossier without writing files. */
    public static String json(Dossier dossier) {
        return DossierJsonWriter.write(Checks.present(dossier, "dossier"));
    }

    /** {@code ledger.csv}'s text. */
    public static String ledgerCsv(Dossier dossier) {
        return LedgerCsv.write(new ReportData(Checks.present(dossier, "dossier")));
    }

    /** {@code report.md}'s text. */
    public static String markdown(Dossier dossier) {
        return MarkdownReport.write(new ReportData(Checks.present(dossier, "dossier")));
    }

    /** {@code report.html}'s text: one self-contained page. */
    public static String html(Dossier dossier) {
        return HtmlReport.write(new ReportData(Checks.present(dossier, "dossier")));
    }

    private static void createDirectory(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create output folder " + dir + ": " + reason(e), e);
        }
    }

    private static Path streamTemporary(Path file, Dossier dossier) throws IOException {
        Path temporary = temporaryOf(file);
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            DossierJsonWriter.write(dossier, out);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        }
        return temporary;
    }

    private static Path writeTemporary(Path file, String text) throws IOException {
        Path temporary = temporaryOf(file);
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        }
        return temporary;
    }

    private static void moveIntoPlace(Path temporary) throws IOException {
        String name = temporary.getFileName().toString();
        Path file = temporary.resolveSibling(name.substring(0, name.length() - TEMPORARY.length()));
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        }
    }

    private static Path temporaryOf(Path file) {
        return file.resolveSibling(file.getFileName() + TEMPORARY);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write already failed; that error is the one worth reporting
        }
    }

    private static String reason(IOException e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + " (" + e.getMessage() + ")";
    }
}
