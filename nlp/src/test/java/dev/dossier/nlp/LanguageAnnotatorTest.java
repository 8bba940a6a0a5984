package dev.dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Attribution;
import dev.dossier.model.Mention;
import dev.dossier.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageAnnotatorTest {
    private static final LanguageAnnotator ANNOTATOR = new LanguageAnnotator();

    private static List<String> ids(AnnotatedDocument doc) {
        return doc.mentions().stream().map(m -> m.entity().id()).distinct().toList();
    }

    @Test
    void aWeakWeaponNameBeforeATurkishOrRussianCategoryNounNamesTheSystem() {
        AnnotatedDocument turkish = ANNOTATOR.annotate(Fixtures.document("Mısır, ABD'den 40 yeni Abrams tankı aldı."));
        assertTrue(ids(turkish).containsAll(List.of("country:EG", "country:US", "weapon:abrams")), ids(turkish).toString());
        AnnotatedDocument russian = ANNOTATOR.annotate(Fixtures.document("Египет получил Abrams танки от США."));
        assertTrue(ids(russian).contains("weapon:abrams"), ids(russian).toString());
    }

    @Test
    void readsPartiesSystemsMoneyAndSpeakers() {
        String body = "WARSAW, March 3 (Reuters) - Poland signed a $2.5 billion deal for 180 K2 Black Panther tanks "
                + "from South Korea, Defence Minister Jan Nowicki said on Friday. "
                + "Nowicki added that a second batch could follow.";
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(body));
        assertTrue(ids(doc).containsAll(List.of("country:PL", "country:KR", "weapon:k2", "org:reuters",
                "person:jan-nowicki")), ids(doc).toString());
        assertEquals(2.5e9, doc.money().get(0).money().amount());
        assertEquals("180 K2 Black Panther tanks", doc.quantities().get(0).text());
        Mention minister = doc.mentions().stream().filter(m -> m.text().equals("Jan Nowicki")).findFirst().orElseThrow();
        assertEquals("Defence Minister", minister.entity().attribute("role").orElseThrow());
        assertTrue(doc.mentions().stream().anyMatch(m -> m.text().equals("Nowicki") && m.kind().name().equals("SHORT")));
        Attribution first = doc.attributions().get(0);
        assertEquals("Jan Nowicki", first.speaker().orElseThrow());
        assertEquals(Stance.HEDGES, doc.attributions().get(1).stance());
    }

    @Test
    void germanCapitalisedNounsAreNoPersonAndTheGermanSpellingNamesTheDrone() {
        String body = "Der Iran hat die Lieferung von Drohnen an Armenien bestritten. Die Lieferung von Drohnen des Typs "
                + "Schahed-136 sei falsch, sagte Außenminister Karim Nasiri.";
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(body));
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().startsWith("Lieferung")), doc.mentions().toString());
        assertTrue(ids(doc).containsAll(List.of("country:IR", "country:AM", "weapon:shahed-136")), ids(doc).toString());
    }

    @Test
    void aWeakWeaponNameCountsBeforeAFarCategoryNounOrInCapitals() {
        String far = "Peru took delivery of the first six Caesar self-propelled howitzers.";
        String capitals = "Peru took delivery of the first six CAESAR guns in May.";
        String plain = "Peru remembered Caesar in May.";
        assertTrue(ids(ANNOTATOR.annotate(Fixtures.document(far))).contains("weapon:caesar"));
        assertTrue(ids(ANNOTATOR.annotate(Fixtures.document(capitals))).contains("weapon:caesar"));
        assertTrue(!ids(ANNOTATOR.annotate(Fixtures.document(plain))).contains("weapon:caesar"));
    }

    @Test
    void anUnknownDesignationBeforeACategoryNounIsASystem() {
        String body = "Peru ordered twelve KX-90 self-propelled howitzers, and the KX-90 arrived with UN observers.";
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(body));
        assertTrue(ids(doc).contains("weapon:kx-90"), ids(doc).toString());
        assertEquals("KX-90", doc.quantities().get(0).entity().orElseThrow().name());
    }

    @Test
    void aShapedOrganisationLeavesOutTheArticleAndTheDay() {
        String body = "The Office of Naval Procurement on Monday denied the report.";
        List<String> names = ANNOTATOR.annotate(Fixtures.document(body)).mentions().stream().map(Mention::text).toList();
        assertEquals(List.of("Office of Naval Procurement"), names);
    }

    @Test
    void aPlaceEndsBeforeTheMonthThatDatesTheClause() {
        String body = "The first ten howitzers were unloaded at the port, arriving in Kalmar on March 3, 2024.";
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(body));
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().contains("March")),
                doc.mentions().stream().map(Mention::text).toList().toString());
        assertTrue(doc.times().stream().anyMatch(t -> t.date().map(d -> d.iso().equals("2024-03-03")).orElse(false)));
    }

    @Test
    void anotherCountrysForceIsNotTheListedOne() {
        String body = "The Chilean Marine Corps and the US Marine Corps trained together.";
        assertEquals(List.of("country:CL", "org:cl-marine-corps", "org:us-marines"),
                ids(ANNOTATOR.annotate(Fixtures.document(body))));
    }

    @Test
    void keepsRolesFromTitlesAndAppositions() {
        String body = "Turkish Defence Minister Ali Demir met Ivan Petrov, the head of the export agency, on Monday.";
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(body));
        assertEquals("Turkish Defence Minister", role(doc, "Ali Demir"));
        assertEquals("the head of the export agency", role(doc, "Ivan Petrov"));
    }

    @Test
    void aTitledSurnameLinksToTheFullName() {
        String body = "Minister Nowicki arrived. Jan Nowicki then said the tanks were ready.";
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(body));
        assertEquals(List.of("person:jan-nowicki"), ids(doc));
    }

    private static String role(AnnotatedDocument doc, String name) {
        return doc.mentions().stream().filter(m -> m.text().equals(name)).findFirst().orElseThrow().entity()
                .attribute("role").orElse("-");
    }

    @Test
    void keepsOffsetsIntoTheUnalteredBody() {
        String body = "Türkiye bought the S400.\n\nThe U.S. objected.";
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(body));
        doc.mentions().forEach(m -> assertEquals(m.text(), m.span().of(body)));
        assertEquals(List.of("country:TR", "weapon:s-400", "country:US"), ids(doc));
        assertEquals(2, doc.sentences().size());
    }
}
