package dev.dossier.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void anUnwritableFolderIsAnIoErrorNamingIt() throws IOException {
        Path file = Files.writeString(temp.resolve("taken"), "a file, not a folder");
        IOException e = assertThrows(IOException.class, () -> Reports.writeAll(SampleDossier.dossier(), file));
        assertTrue(e.getMessage().contains("taken"), e.getMessage());
    }
}
