package dev.dossier.assertion.learn;

import java.util.List;

/**
 * What the event classifier reads of one sentence: its text and what the rules' lexicons found in it.
 *
 * @param text         the sentence as it stands in the clean body
 * @param triggerTypes the event types of the trigger words ({@code triggers.tsv}) that matched, in order
 * @param countries    how many country mentions the language layer found
 * @param weapons      how many weapon-system mentions it found
 * @param cues         the cue kinds of {@code cues.tsv} that matched (NEGATION, PLANNED, HEDGE, …)
 */
public record Signals(String text, List<String> triggerTypes, int countries, int weapons, List<String> cues) {
    public Signals {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        triggerTypes = List.copyOf(triggerTypes);
        cues = List.copyOf(cues);
    }
}
