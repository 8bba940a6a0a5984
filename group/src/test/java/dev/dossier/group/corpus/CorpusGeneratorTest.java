package dev.dossier.group.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        assertEquals(new CorpusGenerator(1).list(20), new CorpusGenerator(1).list(20));
        assertNotEquals(new CorpusGenerator(1).document(5).text(), new CorpusGenerator(2).document(5).text());
    }

    @Test
    void documentsCanBeGeneratedOneByOneInAnyOrder() {
        CorpusGenerator generator = new CorpusGenerator(3);
        List<GeneratedDocument> all = generator.list(40);
        assertEquals(all.get(37), generator.document(37));
        assertEquals(all.get(37).family(), generator.family(37));
    }

    @Test
    void everyCopySharesItsFamilyWithAnOriginalOfTheSameEvent() {
        List<GeneratedDocument> all = new CorpusGenerator(4).list(400);
        assertTrue(all.stream().anyMatch(d -> d.role() == GeneratedDocument.Role.COPY));
        for (GeneratedDocument copy : all) {
            if (copy.role() == GeneratedDocument.Role.COPY) {
                assertTrue(all.stream().anyMatch(d -> d.role() == GeneratedDocument.Role.ORIGINAL
                        && d.family() == copy.family() && d.event() == copy.event()), copy.id());
            }
        }
    }
}
