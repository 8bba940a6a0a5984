package dev.dossier.group.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealLookingCorpusTest {
    private static final SourceArticle FRIGATES = SourceArticle.parse("frigates.txt", """
            ---
            title: Chile orders four frigates from Norway
            outlet: Harbour Gazette
            published: 2021-03-04
            ---
            VALPARAISO, March 4 - Chile signed a contract with Norway's Fjordyard on Thursday for four Tindra frigates worth about $1.2 billion, the navy said.

            The first ship is due in 2024, navy commander Ilse Varga told reporters.

            Fjordyard will build the hulls at its yard in Bergvik and fit them with the NSM-2 missile.

            The navy has said the frigates replace ships bought in 1998.
            """);
    private static final SourceArticle RADARS = SourceArticle.parse("radars.txt", """
            Peru is buying 12 Kestrel radars from Brazil, its air force said on Monday.

            The radars cost 310 million dollars and the air force expects them by 2026.

            Deliveries start next year, the ministry said.
            """);

    private final RealLookingCorpus corpus = new RealLookingCorpus(List.of(FRIGATES, RADARS), 7, 0.15);

    @Test
    void theSameSeedGivesTheSameDocumentsInAnyOrderAndAnotherSeedOthers() {
        assertEquals(corpus.document(41), new RealLookingCorpus(List.of(FRIGATES, RADARS), 7, 0.15).document(41));
        assertNotEquals(corpus.document(41).text(), new RealLookingCorpus(List.of(FRIGATES, RADARS), 8, 0.15).document(41).text());
    }

    @Test
    void aVariantKeepsItsLeadFirstAndChangesSomeNamesAndNumbersButNoMonthOrCommonWord() {
        List<RealLookingCorpus.Item> frigates = java.util.stream.IntStream.range(0, 60).mapToObj(corpus::document)
                .filter(d -> d.role() == RealLookingCorpus.Role.VARIANT && d.source().equals("frigates.txt")).toList();
        assertTrue(frigates.size() > 10);
        for (RealLookingCorpus.Item d : frigates) {
            String body = d.text().substring(d.text().indexOf("\n---\n") + 5);
            assertTrue(body.contains(", March 4 - ") || body.contains(", March "), body);
            assertTrue(body.contains(" signed a contract with "), body);
            assertTrue(d.text().contains("title: "), d.text());
        }
        assertTrue(frigates.stream().anyMatch(d -> !d.text().contains("Fjordyard")));
        assertTrue(frigates.stream().anyMatch(d -> d.text().contains("Fjordyard")));
        assertTrue(frigates.stream().anyMatch(d -> !d.text().contains("Chile signed")
                && d.text().matches("(?s).*\\n[A-Z]+, March 4 - [A-Z][a-z]+( [A-Z][a-z]+)? signed.*")));
        assertTrue(frigates.stream().anyMatch(d -> !d.text().contains("$1.2 billion")));
    }

    @Test
    void aboutOneDocumentInSevenIsAPlantedCopyOfAnEarlierVariantFromTheSameSource(@TempDir Path dir) throws IOException {
        RealLookingCorpus.Summary summary = corpus.write(dir, 400);
        assertEquals(400, summary.documents());
        assertTrue(summary.copies() > 35 && summary.copies() < 90, "copies " + summary.copies());
        assertEquals(400, summary.perSource().values().stream().mapToInt(Integer::intValue).sum());
        List<String> truth = Files.readAllLines(dir.resolve("truth.tsv"));
        assertEquals(401, truth.size());
        for (String row : truth.subList(1, truth.size())) {
            String[] cells = row.split("\t", -1);
            assertTrue(Files.exists(dir.resolve("articles").resolve(cells[0])), cells[0]);
            if (cells[2].equals("copy")) {
                RealLookingCorpus.Item copied = corpus.document(Integer.parseInt(cells[3].substring(1, 7)));
                assertEquals(RealLookingCorpus.Role.VARIANT, copied.role());
                assertEquals(cells[1], copied.source());
            }
        }
    }
}
