package dev.dossier.nlp.lexicon;

import dev.dossier.model.Entity;
import dev.dossier.model.MentionKind;

/**
 * One surface form of a lexicon entity. A {@code weak} alias ("Patriot", "Leopard") is an
 * ordinary word too and counts only with support in context; a {@code designation} ("S-400",
 * "Su-30") also matches with a variant suffix or plural ("Su-30MKI", "S-400s").
 */
public record Alias(String surface, Entity entity, MentionKind kind, CaseRule caseRule, boolean weak,
        boolean designation) {
    public Alias {
        dev.dossier.model.Checks.text(surface, "surface");
        dev.dossier.model.Checks.present(entity, "entity");
        dev.dossier.model.Checks.present(kind, "kind");
        dev.dossier.model.Checks.present(caseRule, "caseRule");
    }
}
