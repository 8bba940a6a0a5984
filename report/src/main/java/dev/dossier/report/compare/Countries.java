package dev.dossier.report.compare;

import dev.dossier.model.EntityType;
import dev.dossier.nlp.lexicon.Lexicon;
import dev.dossier.nlp.text.Fold;
import java.util.HashMap;
import java.util.Map;

/**
 * Canonical country names from the country lexicon, for SIPRI's spellings ("Turkiye", "Viet Nam",
 * "Bosnia-Herzegovina", "DR Congo", "Taiwan (ROC)") and the dossier's alike. A name the lexicon
 * does not know (a non-state group, "NATO**", "Unknown recipient(s)") stays as written.
 */
final class Countries {
    private final Map<String, String> canonical;

    private Countries(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
    }

    static Countries of(Lexicon lexicon) {
        Map<String, String> canonical = new HashMap<>();
        lexicon.entities().stream().filter(e -> e.type() == EntityType.COUNTRY).forEach(e -> {
            canonical.put(key(e.name()), e.name());
            for (String alias : e.aliases()) {
                canonical.putIfAbsent(key(alias), e.name());
            }
        });
        return new Countries(canonical);
    }

    /** The lexicon's name, also for a name with a bracketed note or SIPRI's asterisks ("Taiwan (ROC)"). */
    String canonical(String name) {
        String trimmed = name.trim();
        String found = canonical.get(key(trimmed));
        if (found == null) {
            found = canonical.get(key(trimmed.replaceAll("\\([^)]*\\)|\\*+", " ")));
        }
        return found == null ? trimmed : found;
    }

    private static String key(String name) {
        return Fold.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
