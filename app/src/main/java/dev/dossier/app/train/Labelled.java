package dev.dossier.app.train;

import dev.dossier.assertion.learn.Signals;

/**
 * One training sentence: where it stands (file, body offsets; the text itself is never stored), its
 * story letter (first letter of the file name, or "" for files that are never held out), its label
 * (an event type or NONE), its modality (asserted, planned, hedged or denied, from the labelling gold
 * event's status; "" for NONE or a status that is not a sentence's: disputed, partial), and what the
 * classifier reads of it.
 */
public record Labelled(String file, int start, int end, String story, String label, String modality,
                       Signals signals) {
}
