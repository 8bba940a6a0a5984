package dev.dossier.model;

import java.util.Optional;

/**
 * Who stands behind a stretch of text. {@code content} is the attributed text (a quote or the
 * reported clause), {@code cue} the speech verb or phrase ("said", "according to", "cited … as
 * saying"). {@code speaker} is the named person or body; {@code description} a described speaker
 * ("a Turkish defence official") or the role of a named one ("head of Russia's military
 * cooperation service"); {@code via} the agency or outlet that relayed it ("TASS").
 */
public record Attribution(
        Span content,
        Span cue,
        Optional<String> speaker,
        Optional<String> description,
        Optional<String> via,
        Stance stance,
        boolean direct,
        String rule) {

    public Attribution {
        Checks.present(content, "content");
        Checks.present(cue, "cue");
        Checks.present(speaker, "speaker");
        Checks.present(description, "description");
        Checks.present(via, "via");
        Checks.present(stance, "stance");
        Checks.text(rule, "rule");
    }

    /** The speaker's name, else the description, else the relaying agency. */
    public Optional<String> who() {
        return speaker.or(() -> description).or(() -> via);
    }
}
