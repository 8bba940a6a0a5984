package dev.dossier.reconcile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Comparison keys: names folded (accents, case, spacing) and systems reduced to letters and digits. */
final class Keys {
    private Keys() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");

    static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return SPACES.matcher(plain.replace('\u2019', '\'')).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    static String system(String name) {
        return NOT_ALNUM.matcher(fold(name)).replaceAll("");
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
