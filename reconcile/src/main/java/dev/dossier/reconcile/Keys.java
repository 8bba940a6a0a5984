package dev.dossier.reconcile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Comparison keys: names folded (accents, case, spacing) and systems reduced to letters and digits. */
final class Keys {
    private Keys() {}

    static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.replace('\u2019', '\'').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    static String system(String name) {
        return fold(name).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Two optional names agree when either is unknown or both fold to one key. */
    static boolean compatible(Optional<String> a, Optional<String> b) {
        return a.isEmpty() || b.isEmpty() || fold(a.get()).equals(fold(b.get()));
    }

    static boolean compatibleSystem(Optional<String> a, Optional<String> b) {
        return a.isEmpty() || b.isEmpty() || system(a.get()).equals(system(b.get()));
    }

    /**
     * One key per speaker: a described speaker without its article ("a Turkish official" → "turkish
     * official"); a personal name by its last word, so "Dmitry Shugayev" and "Shugayev" are one.
     */
    static String speaker(String who) {
        String folded = fold(who).replaceFirst("^(?:a|an|the|one)\\s+", "");
        String[] words = who.trim().split("\\s+");
        boolean name = words.length > 0;
        for (String w : words) {
            name &= !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
        }
        String[] foldedWords = folded.split(" ");
        return name ? foldedWords[foldedWords.length - 1] : folded;
    }
}
