package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Stance;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples: a short hand-annotated text in, the claims read from it out (one line each). */
class RuleAssertionReaderTest {
    private final RuleAssertionReader reader = new RuleAssertionReader();

    /** "TYPE supplier>recipient system date #batch status stance by/via" for every claim, in reading order. */
    private List<String> read(AnnotatedDocument doc) {
        return reader.read(doc).stream().map(RuleAssertionReaderTest::line).toList();
    }

    static String line(Assertion a) {
        var r = a.roles();
        String parties = a.type().isTransfer()
                ? r.supplier().orElse("?") + ">" + r.recipient().orElse("?")
                : r.actor().orElse("?") + ">" + r.target().orElse("-");
        return String.join(" ", a.type().name(), parties, r.system().orElse("-"),
                a.date().map(Object::toString).orElse("-"), a.batch().map(b -> "#" + b).orElse("#-"),
                a.status().name().toLowerCase(java.util.Locale.ROOT),
                a.evidence().stance().name().toLowerCase(java.util.Locale.ROOT),
                a.evidence().attributedTo().orElse("-") + "/" + a.evidence().via().orElse("-"));
    }

    @Test
    void deliveryWithItsOwnDateAndBatch() {
        var doc = Fixture.doc("d1", "Poland received the first deliveries of K2 tanks in December 2022.")
                .country("Poland", "Poland").weapon("K2", "K2", "South Korea").time("December 2022", "2022-12").build();
        assertEquals(List.of("DELIVERY South Korea>Poland K2 2022-12 #1 asserted asserts -/-"), read(doc));
    }

    /** The system of the sentence just before, found through the document's views (no scan per claim). */
    @Test
    void transferWithoutSystemTakesTheSystemOfTheSentenceBefore() {
        var doc = Fixture.doc("d1b", "Hyundai Rotem showed the K2 tank at the fair. Poland agreed to buy from South Korea.")
                .country("Poland", "Poland").country("South Korea", "South Korea").weapon("K2", "K2", "South Korea")
                .build();
        assertEquals(List.of("CONTRACT_SIGNED South Korea>Poland K2 - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void contractDateComesFromItsClauseNotFromARelativeClause() {
        var doc = Fixture.doc("d2", "Egypt signed a contract for Su-35 fighters in 2018, which angered the United States, "
                        + "which imposed sanctions on Egypt in 2021.")
                .country("Egypt", "Egypt").country("United States", "United States").weapon("Su-35", "Su-35", "Russia")
                .time("2018", "2018").time("2021", "2021").build();
        assertEquals(List.of("CONTRACT_SIGNED Russia>Egypt Su-35 2018 #- asserted asserts -/-",
                "SANCTION United States>Egypt - 2021 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void anonymousDenialAttachesToTheClaimItAnswers() {
        String body = "An Indian news agency said that Russia and India had signed a contract to ship New Delhi a "
                + "second batch of S-400 systems. On Friday, an Indian defence official said there were no new agreements.";
        var doc = Fixture.doc("d3", body).country("Russia", "Russia").country("India", "India")
                .country("New Delhi", "India").country("Indian", "India").weapon("S-400", "S-400", "Russia")
                .said("Russia and India had signed a contract to ship New Delhi a second batch of S-400 systems", "said that",
                        null, "An Indian news agency", null, Stance.ASSERTS)
                .said("there were no new agreements", "said there", null, "an Indian defence official", null, Stance.ASSERTS)
                .build();
        assertEquals(List.of(
                "CONTRACT_SIGNED Russia>India S-400 - #2 asserted asserts An Indian news agency/-",
                "CONTRACT_SIGNED Russia>India S-400 - #2 denied denies an Indian defence official/-"), read(doc));
    }

    @Test
    void forecastBeforeTheFactIsPlanned() {
        var doc = Fixture.doc("d4", "Egypt expects to receive the first batch of Su-35 jets in March 2020.").published("2019-05")
                .country("Egypt", "Egypt").weapon("Su-35", "Su-35", "Russia").time("March 2020", "2020-03").build();
        assertEquals(List.of("DELIVERY Russia>Egypt Su-35 2020-03 #1 planned asserts -/-"), read(doc));
    }

    @Test
    void hedgedDelayIsSpeculativeAndSwallowsTheShipmentNoun() {
        var doc = Fixture.doc("d5", "The second shipment of K9 howitzers to Norway could face a delay.")
                .country("Norway", "Norway").weapon("K9", "K9", "South Korea").build();
        assertEquals(List.of("DELAY South Korea>Norway K9 - #2 speculative asserts -/-"), read(doc));
    }

    @Test
    void exclusionFromAProgrammeTakesTheProgrammeOwnerAsActor() {
        var doc = Fixture.doc("d6", "In response, Washington expelled Ankara from the F-35 fighter programme.")
                .country("Washington", "United States").country("Ankara", "Turkey").weapon("F-35", "F-35", "United States")
                .build();
        assertEquals(List.of("PROGRAM_EXCLUSION United States>Turkey F-35 - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void possessiveWeaponIsNotTheSystemDiscussed() {
        var doc = Fixture.doc("d7", "A team from Greece visited Paris to discuss the purchase of the Rafale's rival, "
                        + "the Eurofighter Typhoon.")
                .country("Greece", "Greece").country("Paris", "France").weapon("Rafale", "Rafale", "France")
                .weapon("Eurofighter Typhoon", "Eurofighter Typhoon", "United Kingdom").build();
        List<String> got = read(doc);
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("TALKS United Kingdom>Greece Eurofighter Typhoon"), got.toString());
    }

    @Test
    void quotedAnaphoraTakesSpeakerAgencyAndContext() {
        String body = "Norway ordered 24 K9 howitzers from South Korea in 2017. The agency Yonhap cited minister "
                + "Kim as saying: \"The follow-on contract has already been signed.\"";
        var doc = Fixture.doc("d8", body).country("Norway", "Norway").country("South Korea", "South Korea")
                .weapon("K9", "K9", "South Korea").time("2017", "2017").quantity("24", 24, "howitzer")
                .said("The follow-on contract has already been signed.", "cited", "Kim", null, "Yonhap", Stance.ASSERTS)
                .build();
        assertEquals(List.of("CONTRACT_SIGNED South Korea>Norway K9 2017 #- asserted asserts -/-",
                "CONTRACT_SIGNED South Korea>Norway K9 - #2 asserted asserts Kim/Yonhap"), read(doc));
        assertEquals(Optional.of(24.0), reader.read(doc).get(0).quantity().map(q -> q.amount()));
    }

    @Test
    void evidenceQuotesTheSentenceExactly() {
        var doc = Fixture.doc("d9", "Intro line here.  Poland ordered 180 K2 tanks.  ")
                .country("Poland", "Poland").weapon("K2", "K2", "South Korea").build();
        Assertion a = reader.read(doc).get(0);
        assertEquals("Poland ordered 180 K2 tanks.", a.evidence().quote());
        assertEquals(a.evidence().quote(), a.evidence().span().of(doc.body()));
    }
}
