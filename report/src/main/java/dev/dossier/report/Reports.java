package dev.dossier.report;

import dev.dossier.model.Checks;
import dev.dossier.model.Dossier;
import dev.dossier.pipeline.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every output of a run into one folder. Thread-safe: holds no state.
 *
 * <p>Each file is written to a temporary sibling first and then moved into place, so a reader
 * never sees half a report.
 */
public final class Reports {
    /** The files {@link #writeAll} writes, in the order it writes them. */
    public static final List<String> FILES = List.of("dossier.json", "ledger.csv", "report.md", "report.html");

    private Reports() {}

    /**
     * Writes {@code dossier.json}, {@code ledger.csv}, {@code report.md} and {@code report.html}
     * into {@code dir}, creating it when needed. Every file is rendered before any is written,
     * and each is written to a temporary sibling that then replaces it, so a run that breaks
     * while rendering leaves the earlier reports untouched, and a reader never sees half a file.
     *
     * @throws IOException naming the file that could not be written
     */
    public static void writeAll(RunResult run, Path dir) throws IOException {
        Checks.present(run, "run");
        Checks.present(dir, "dir");
        ReportData data = new ReportData(run.dossier());
        List<String> texts = List.of(DossierJsonWriter.write(run.dossier()), LedgerCsv.write(data),
                MarkdownReport.write(data), HtmlReport.write(data));
        createDirectory(dir);
        for (int i = 0; i < FILES.size(); i++) {
            write(dir.resolve(FILES.get(i)), texts.get(i));
        }
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

    private static void write(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        }
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
