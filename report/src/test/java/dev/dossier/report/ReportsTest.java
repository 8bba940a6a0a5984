package dev.dossier.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Dossier;
import dev.dossier.model.Grouping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    @TempDir
    Path temp;

    @Test
    void writesTheFourFilesIntoANewFolder() throws IOException {
        Path out = temp.resolve("deep/out");
        Reports.writeAll(SampleDossier.dossier(), out);
        for (String name : Reports.FILES) {
            assertTrue(Files.size(out.resolve(name)) > 100, name);
        }
        try (var listing = Files.list(out)) {
            assertEquals(4, listing.count(), "no temporary files are left behind");
        }
        assertEquals(List.of(), SchemaCheck.errors(Files.readString(out.resolve("dossier.json"), StandardCharsets.UTF_8)));
    }

    @Test
    void theFilesWrittenAtOnceAreTheTextsRenderedOneAfterTheOther() throws IOException {
        Dossier dossier = SampleDossier.dossier();
        Reports.writeAll(dossier, temp);
        assertEquals(Reports.json(dossier), read("dossier.json"));
        assertEquals(Reports.ledgerCsv(dossier), read("ledger.csv"));
        assertEquals(Reports.markdown(dossier), read("report.md"));
        assertEquals(Reports.html(dossier), read("report.html"));
    }

    @Test
    void oneFileThatCannotBeWrittenLeavesTheEarlierReportsAndNoTemporaryFiles() throws IOException {
        Reports.writeAll(SampleDossier.dossier(), temp);
        Map<String, String> earlier = new TreeMap<>();
        for (String name : Reports.FILES) {
            earlier.put(name, read(name));
        }
        Path blocked = Files.createDirectories(temp.resolve("report.md.tmp/taken"));
        Dossier empty = new Dossier(List.of(), new Grouping(List.of()), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());

        IOException e = assertThrows(IOException.class, () -> Reports.writeAll(empty, temp));

        assertTrue(e.getMessage().contains("report.md"), e.getMessage());
        for (String name : Reports.FILES) {
            assertEquals(earlier.get(name), read(name), name);
        }
        try (var listing = Files.list(temp)) {
            assertEquals(List.of("dossier.json", "ledger.csv", "report.html", "report.md", "report.md.tmp"),
                    listing.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.isDirectory(blocked));
    }

    private String read(String name) throws IOException {
        return Files.readString(temp.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void anUnwritableFolderIsAnIoErrorNamingIt() throws IOException {
        Path file = Files.writeString(temp.resolve("taken"), "a file, not a folder");
        IOException e = assertThrows(IOException.class, () -> Reports.writeAll(SampleDossier.dossier(), file));
        assertTrue(e.getMessage().contains("taken"), e.getMessage());
    }
}
