package dev.dossier.nlp.time;

import dev.dossier.model.PartialDate;
import dev.dossier.model.TimeMention;
import java.util.List;
import java.util.Optional;

/**
 * Finds time expressions in a text and normalises them against {@code anchor}, the document's
 * publication date at whatever precision is known. Relative expressions ("on Tuesday",
 * "last month") resolve only when the anchor is precise enough; otherwise they keep their text.
 */
public interface TimeTagger {
    List<TimeMention> tag(String text, Optional<PartialDate> anchor);
}
