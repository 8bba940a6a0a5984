package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.EventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The one-pass trigger search finds exactly what running every trigger pattern on every sentence finds. */
class TriggerAnchorsTest {
    private static final Triggers TRIGGERS = Triggers.load();

    @Test
    void anchorsAreTheLiteralsEveryMatchContains() {
        assertEquals(Optional.of(Set.of("talks", "negotiation", "negotiating")),
                RegexAnchors.of("\\b(?:talks|negotiations?|negotiating)\\b"));
        assertEquals(Optional.of(Set.of("finalised", "finalized")), RegexAnchors.of("\\bFinali[sz]ed\\b"));
        assertEquals(Optional.of(Set.of("ship")),
                RegexAnchors.of("(?:\\bshipped|(?<=\\b(?:to|will)\\s{1,3})ship(?:ping)?)\\b(?!\\s+from\\b)"));
        assertEquals(Optional.of(Set.of("contract")), RegexAnchors.of("\\bsign\\w*\\s+(?:\\S+\\s+){0,3}contracts?\\b"));
    }

    @Test
    void aPatternWithoutACertainLiteralOrWithConstructsNotFollowedHasNoAnchors() {
        assertEquals(Optional.empty(), RegexAnchors.of("\\p{Lu}\\w+"));
        assertEquals(Optional.of(Set.of("by")), RegexAnchors.of("(?:sold)?\\s+by"));
        assertEquals(Optional.empty(), RegexAnchors.of("\\s+\\w+"));
        assertEquals(Optional.empty(), RegexAnchors.of("(\\w+) \\1"));
        assertEquals(Optional.empty(), RegexAnchors.of("(?i)sold"));
        assertEquals(Optional.empty(), RegexAnchors.of("sold|\\w+"));
        assertEquals(Optional.empty(), RegexAnchors.of("[]sold]"));
    }

    @Test
    void startsAreTheLiteralsEveryMatchBeginsWith() {
        assertEquals(Optional.of(Set.of("talks", "negotiation", "negotiating")),
                RegexAnchors.starts("\\b(?:talks|negotiations?|negotiating)\\b"));
        assertEquals(Optional.of(Set.of("formally", "requested", "requests")),
                RegexAnchors.starts("\\b(?:formally\\s+)?request(?:ed|s)\\b(?!\\s+(?:by|that)\\b)"));
        assertEquals(Optional.of(Set.of("ship")),
                RegexAnchors.starts("(?:\\bshipped|(?<=\\b(?:to|will)\\s{1,3})ship(?:ping)?)\\b(?!\\s+from\\b)"));
        assertEquals(Optional.of(Set.of("contract", "deal")),
                RegexAnchors.starts("(?<!framework\\s)\\b(?:contracts?|deals?)\\s+(?:signed|inked)\\s+(?:on\\s+)?\\d"));
        assertEquals(Optional.of(Set.of("sign")), RegexAnchors.starts("\\bsign\\w*\\s+(?:\\S+\\s+){0,3}contracts?\\b"));
    }

    @Test
    void aPatternThatMayBeginAnywhereOrMatchNothingHasNoStarts() {
        assertEquals(Optional.empty(), RegexAnchors.starts("(?:\\b\\p{L}+['’]s?|\\bits)\\s+purchase\\b"));
        assertEquals(Optional.empty(), RegexAnchors.starts("(?:sold)?\\s+by"));
        assertEquals(Optional.empty(), RegexAnchors.starts("(?:sold)?"));
        assertEquals(Optional.empty(), RegexAnchors.starts("\\bsold\\b|\\s+by"));
        assertEquals(Optional.empty(), RegexAnchors.starts("(\\w+) \\1"));
        assertEquals(Optional.empty(), RegexAnchors.starts("\\b(?:is|was)\\s+to\\s+buy\\b"), "a start of two letters is found nearly everywhere");
    }

    @Test
    void mostTriggerPatternsAreTriedOnlyWhereTheirStartsOccur() {
        long leading = Lexicon.rows("triggers.tsv", 4).stream().filter(row -> RegexAnchors.starts(row[3]).isPresent()).count();
        int rows = Lexicon.rows("triggers.tsv", 4).size();
        assertTrue(leading >= rows * 3 / 4, leading + " of " + rows + " trigger patterns have starts");
    }

    @Test
    void triedOnlyAtItsStartsAPatternFindsWhatASearchFinds() {
        Triggers rules = new Triggers(List.of(
                new TriggerRule(EventType.DELIVERY, false, "ship", "(?:\\bshipped|(?<=\\b(?:to|will)\\s{1,3})ship(?:ping)?)\\b(?!\\s+from\\b)"),
                new TriggerRule(EventType.CONTRACT_SIGNED, false, "sign", "\\bsign(?:ed|s)?\\b(?:\\s+\\S+){0,5}?\\s+(?:contracts?|deals?)\\b"),
                new TriggerRule(EventType.TALKS, true, "talks", "\\b(?:talks|negotiations?)\\b"),
                new TriggerRule(EventType.CONTRACT_SIGNED, true, "dated", "(?<!framework\\s)\\bdeals?\\s+signed\\s+(?:on\\s+)?(?:monday|\\d)")));
        List<String> sentences = List.of(
                "Talks on the deal signed Monday began; the ministry signed signed two deals and a framework deal signed 3 May.",
                "signed contracts, SIGNED DEALS and sign-off: the navy will ship them, and Ship 4 is to  ship from Brest.",
                "Negotiationstalks; talks-talks; the shipped ships were shipping to be ship\u00A0shipped.",
                "They signed a sign that signed deals signs deals.");
        for (String s : sentences) {
            assertEquals(rules.findWithoutAnchors(s, 3), rules.find(s, 3), s);
            assertFalse(rules.find(s, 3).isEmpty(), s);
        }
    }

    @Test
    void almostEveryTriggerPatternIsAnchored() {
        long anchored = Lexicon.rows("triggers.tsv", 4).stream().filter(row -> RegexAnchors.of(row[3]).isPresent()).count();
        int rows = Lexicon.rows("triggers.tsv", 4).size();
        assertTrue(anchored >= rows - 2, anchored + " of " + rows + " trigger patterns anchored");
    }

    @Test
    void theAutomatonFindsAnchorsInAnyCaseAndOverlapping() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of(Optional.of(Set.of("sold", "sale")),
                Optional.of(Set.of("old")), Optional.empty(), Optional.of(Set.of("leasing"))));
        assertEquals(bits(0, 1, 2), automaton.candidates("Rosoboronexport SOLD them"));
        assertEquals(bits(2), automaton.candidates("no such word; leasin g"));
        assertEquals(bits(0, 2), automaton.candidates("the salE"));
    }

    @Test
    void onePassAnswersForEveryStretchOfTheText() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of(Optional.of(Set.of("sold", "sale")),
                Optional.of(Set.of("old")), Optional.empty(), Optional.of(Set.of("leasing", "ΣΥΜΦΩΝΙΑ".toLowerCase()))));
        String text = "Rosoboronexport SOLD them; Leasing, ΣΥΜΦΩΝΙΑ and a salE";
        KeywordAutomaton.Hits hits = automaton.hits(text, 0, text.length());
        assertEquals(bits(0, 1, 2), automaton.candidates(hits, 16, 20));
        assertEquals(bits(1, 2), automaton.candidates(hits, 17, 20));
        assertEquals(bits(2), automaton.candidates(hits, 16, 19));
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertEquals(automaton.candidates(text.substring(from, to)), automaton.candidates(hits, from, to),
                        text.substring(from, to));
            }
        }
        KeywordAutomaton.Hits inner = automaton.hits(text, 16, 34);
        assertEquals(bits(0, 1, 2, 3), automaton.candidates(inner, 16, 34));
        assertEquals(bits(2), automaton.candidates(inner, 34, text.length()), "a stretch the pass did not read has no anchors");
    }

    @Test
    void sentencesInEveryCaseStyleGetTheSameTriggers() {
        List<String> sentences = List.of(
                "NEW DELHI SIGNED A CONTRACT TO BUY FIVE SQUADRONS; THE FIRST DELIVERY IS DUE IN 2027.",
                "İstanbul signed a memorandum of understanding; ſhipments were delayed, the Ministry said.",
                "Die Bundeswehr bestellte 2021 weitere Panzer; der Kaufvertrag wurde unterzeichnet.",
                "The \u212Aelvin sign, ΣΥΜΦΩΝΙΑ and the deal was not finalised until the US imposed sanctions.",
                "Officials said talks on the potential sale of 24 jets could resume after the tests.");
        for (String s : sentences) {
            assertEquals(TRIGGERS.findWithoutAnchors(s, 7), TRIGGERS.find(s, 7), s);
            assertFalse(TRIGGERS.find(s, 7).isEmpty(), s);
        }
    }

    @Test
    void theExamplesGetTheSameTriggers() {
        Path examples = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        Assumptions.assumeTrue(Files.isDirectory(examples), "no examples under " + examples);
        assertSameTriggersIn(examples);
    }

    @Test
    void theRealCorpusAndTheSeedsGetTheSameTriggers() {
        Path shared = Path.of(System.getProperty("dossier.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("eval/real/articles")), "no real corpus under " + shared);
        assertSameTriggersIn(shared.resolve("eval/real/articles"));
        assertSameTriggersIn(shared.resolve("seeds"));
    }

    /** Every line of every text file, cut after sentence ends as the sentence splitter would roughly cut it. */
    private static void assertSameTriggersIn(Path folder) {
        int found = 0;
        for (String sentence : sentences(folder)) {
            List<Trigger> expected = TRIGGERS.findWithoutAnchors(sentence, 0);
            assertEquals(expected, TRIGGERS.find(sentence, 0), sentence);
            found += expected.size();
        }
        assertTrue(found > 10, found + " triggers in " + folder);
    }

    /** Every line of every text file, cut after sentence ends as the sentence splitter would roughly cut it. */
    static List<String> sentences(Path folder) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
                    out.addAll(List.of(line.split("(?<=[.!?。])\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static BitSet bits(int... on) {
        BitSet bits = new BitSet();
        for (int b : on) {
            bits.set(b);
        }
        return bits;
    }
}
