package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Cue look-ups through the anchor automaton answer exactly what running every cue pattern answers. */
class CueAnchorsTest {
    private static final Cues CUES = Cues.load();

    @Test
    void mostCuePatternsAreAnchored() {
        int patterns = 0;
        int anchored = 0;
        for (String kind : CUES.kinds()) {
            for (var p : CUES.of(kind)) {
                patterns++;
                anchored += RegexAnchors.of(p.pattern()).isPresent() ? 1 : 0;
            }
        }
        assertTrue(anchored * 10 >= patterns * 8, anchored + " of " + patterns + " cue patterns anchored");
    }

    @Test
    void sentencesInEveryCaseStyleGetTheSameCues() {
        assertSameCues(List.of(
                "OFFICIALS SAID THE SALE WAS NOT FINALISED AND COULD BE DELAYED UNTIL NEXT YEAR.",
                "The ministry denied reports that it had agreed to buy a second batch of 12 helicopters.",
                "Madrid may also consider leasing the frigates, according to local media, which cited sources.",
                "İstanbul plans to order more drones; the deal, worth $1.2 billion, is expected to be signed soon.",
                "Der Vertrag wurde nicht unterzeichnet, berichtete die Zeitung unter Berufung auf Insider."),
                0);
    }

    @Test
    void theExamplesGetTheSameCues() {
        Path examples = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        Assumptions.assumeTrue(Files.isDirectory(examples), "no examples under " + examples);
        assertSameCues(TriggerAnchorsTest.sentences(examples), 10);
    }

    @Test
    void theRealCorpusAndTheSeedsGetTheSameCues() {
        Path shared = Path.of(System.getProperty("dossier.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("eval/real/articles")), "no real corpus under " + shared);
        assertSameCues(TriggerAnchorsTest.sentences(shared.resolve("eval/real/articles")), 100);
        assertSameCues(TriggerAnchorsTest.sentences(shared.resolve("seeds")), 10);
    }

    @Test
    void stretchesOfAScannedSentenceGetWhatTheirOwnTextGets() {
        assertSameInStretches(List.of(
                "OFFICIALS SAID THE SALE WAS NOT FINALISED AND COULD BE DELAYED UNTIL NEXT YEAR.",
                "The ministry denied reports that it had agreed to buy a second batch of 12 helicopters, the first of which arrived.",
                "İstanbul plans to order more drones; the deal, worth $1.2 billion, is expected to be signed soon.",
                "Die Regierung hat den Vertrag nicht unterzeichnet, berichtete die Zeitung, die Lieferung könnte sich verzögern."),
                10);
        Path shared = Path.of(System.getProperty("dossier.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("eval/real/articles")), "no real corpus under " + shared);
        assertSameInStretches(TriggerAnchorsTest.sentences(shared.resolve("eval/real/articles")), 100);
    }

    @Test
    void aStretchThatLeavesItsSentenceIsReadFromTheBody() {
        String body = "Officials said talks were over. The ministry denied that it had bought the jets.";
        SentenceScan second = new SentenceScan(body, new dev.dossier.model.Span(32, body.length()));
        assertTrue(CUES.in(second, 10, 45).any("DENIAL") == false && CUES.in(second, 10, 52).any("DENIAL"));
        assertEquals(body.substring(10, 52), CUES.in(second, 10, 52).text());
    }

    /**
     * Each sentence is scanned once inside a longer body; the sentence, its comma-cut pieces, what
     * comes before and after each comma (trimmed, and before also as is), then answer every kind (and the ordinals)
     * with the same matches, in the same pattern order, as every pattern run case-insensitively on
     * the stretch's own text.
     */
    private static void assertSameInStretches(List<String> sentences, int minFound) {
        int found = 0;
        for (String sentence : sentences) {
            String head = "Earlier: ";
            String body = head + sentence + " (AFP)";
            SentenceScan scan = new SentenceScan(body, new dev.dossier.model.Span(head.length(),
                    head.length() + sentence.length()));
            List<int[]> stretches = new ArrayList<>(List.of(new int[] {0, sentence.length()}));
            for (int comma = sentence.indexOf(','), last = 0; comma >= 0; last = comma + 1, comma = sentence.indexOf(',', last)) {
                stretches.add(new int[] {last, comma});
                stretches.add(new int[] {0, comma});
                stretches.add(new int[] {comma + 1, sentence.length()});
            }
            for (int[] at : stretches) {
                Cues.Stretch untrimmed = CUES.in(scan, head.length() + at[0], head.length() + at[1]);
                for (Cues.Stretch stretch : at[0] == 0 ? List.of(untrimmed, untrimmed.trimmed()) : List.of(untrimmed.trimmed())) {
                    String text = stretch.text();
                    for (String kind : CUES.kinds()) {
                        List<String> expected = matches(CUES.of(kind).stream().map(p -> p.matcher(text)).toList());
                        assertEquals(expected, matches(stretch.matchers(kind)), kind + " in " + text);
                        assertEquals(!expected.isEmpty(), stretch.any(kind), kind + " in " + text);
                        found += expected.size();
                    }
                    for (Cues.Ordinal ordinal : CUES.ordinals()) {
                        assertEquals(matches(List.of(ordinal.pattern().matcher(text))),
                                matches(stretch.matcher(ordinal.pattern()).stream().toList()), ordinal + " in " + text);
                    }
                }
            }
        }
        assertTrue(found >= minFound, found + " cue matches found");
    }

    /** Each matcher's matches (start-end), matchers without any left out. */
    private static List<String> matches(List<Matcher> matchers) {
        List<String> out = new ArrayList<>();
        for (Matcher m : matchers) {
            List<String> each = new ArrayList<>();
            while (m.find()) {
                each.add(m.start() + "-" + m.end());
            }
            if (!each.isEmpty()) {
                out.add(String.join(",", each));
            }
        }
        return out;
    }

    /**
     * Every kind answers the same on each sentence and on its comma-cut pieces (the readers ask about
     * parts of sentences), and every modality cue that matches is a candidate.
     */
    private static void assertSameCues(List<String> sentences, int minFound) {
        int found = 0;
        for (String sentence : sentences) {
            List<String> texts = new ArrayList<>(List.of(sentence));
            texts.addAll(List.of(sentence.split(",")));
            for (String text : texts) {
                for (String kind : CUES.kinds()) {
                    boolean expected = CUES.anyWithoutAnchors(kind, text);
                    assertEquals(expected, CUES.any(kind, text), kind + " in " + text);
                    found += expected ? 1 : 0;
                }
                Cues.Stretch stretch = CUES.in(text);
                for (Cues.Modality modality : CUES.modality()) {
                    if (modality.pattern().matcher(text).find()) {
                        assertTrue(stretch.matcher(modality.pattern()).isPresent(), modality + " in " + text);
                    }
                }
            }
        }
        assertTrue(found >= minFound, found + " cues found");
    }
}
