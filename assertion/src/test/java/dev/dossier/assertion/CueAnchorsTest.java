package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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
                    assertEquals(CUES.lastStartWithoutAnchors(kind, text), CUES.lastStart(kind, text), kind + " in " + text);
                    found += expected ? 1 : 0;
                }
                BitSet candidates = CUES.modalityCandidates(text);
                for (int i = 0; i < CUES.modality().size(); i++) {
                    if (CUES.modality().get(i).pattern().matcher(text).find()) {
                        assertTrue(candidates.get(i), CUES.modality().get(i) + " in " + text);
                    }
                }
            }
        }
        assertTrue(found >= minFound, found + " cues found");
    }
}
