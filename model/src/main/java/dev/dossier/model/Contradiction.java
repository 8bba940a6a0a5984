package dev.dossier.model;

import java.util.List;
import java.util.Optional;

/**
 * A disagreement kept visible: its kind, the deal slot or event type it concerns, every side
 * with its sources, and a one-sentence explanation for people.
 */
public record Contradiction(
        String id,
        Optional<String> deal,
        Optional<String> event,
        ContradictionKind kind,
        String slot,
        List<ContradictionValue> values,
        String explanation) {

    public Contradiction {
        Checks.text(id, "id");
        Checks.present(deal, "deal");
        Checks.present(event, "event");
        Checks.present(kind, "kind");
        Checks.text(slot, "slot");
        values = Checks.list(values, "values");
        Checks.text(explanation, "explanation");
        if (values.size() < 2 && kind != ContradictionKind.CHRONOLOGY) {
            throw new IllegalArgumentException("a " + kind + " contradiction needs two sides: " + values);
        }
    }
}
