package dev.dossier.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The speakers met so far in one document, for "the official said" and "he added". Not shared. */
final class History {
    private final List<Speaker> speakers = new ArrayList<>();

    void add(Speaker speaker) {
        if (!speaker.isEmpty()) {
            speakers.add(speaker);
        }
    }

    /**
     * The latest speaker spoke through {@code via} ("a source told TASS"): a later "the source said"
     * came through it too.
     */
    void relayedBy(Optional<String> name, Optional<String> description, Optional<String> via) {
        int last = speakers.size() - 1;
        if (via.isEmpty() || last < 0) {
            return;
        }
        Speaker speaker = speakers.get(last);
        if (speaker.via().isEmpty() && speaker.name().equals(name) && speaker.description().equals(description)) {
            speakers.set(last, new Speaker(name, description, via));
        }
    }

    Optional<Speaker> lastPerson() {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            if (speakers.get(i).name().isPresent() && speakers.get(i).name().get().contains(" ")) {
                return Optional.of(speakers.get(i));
            }
        }
        return Optional.empty();
    }

    /** The latest speaker whose description ends in {@code head} ("official"). */
    Optional<Speaker> lastWithHead(String head) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Speaker speaker = speakers.get(i);
            String text = speaker.description().orElse("").toLowerCase(Locale.ROOT);
            if (!head.isEmpty() && java.util.Arrays.asList(text.split("[^\\p{L}]+")).contains(head)) {
                return Optional.of(speaker);
            }
        }
        return Optional.empty();
    }
}
