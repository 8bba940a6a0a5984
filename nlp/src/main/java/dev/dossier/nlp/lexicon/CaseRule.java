package dev.dossier.nlp.lexicon;

/** How strictly an alias's letter case must match the text. */
public enum CaseRule {
    /** Codes and acronyms ("US", "SSB", "TASS"): every letter's case as written. */
    EXACT,
    /** Names ("Turkey", "Patriot"): the first letter must be upper case in the text. */
    CAPITALISED,
    /** Anything else: case is ignored. */
    ANY;

    /** The rule a lexicon surface implies: codes exact, capitalised names capitalised. */
    public static CaseRule of(String surface) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        if (upper >= 2 && lower == 0 && !containsDigit(surface)) {
            return EXACT;
        }
        return Character.isUpperCase(surface.charAt(0)) || Character.isDigit(surface.charAt(0)) ? CAPITALISED : ANY;
    }

    private static boolean containsDigit(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            if (Character.isDigit(surface.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text[start, end)} satisfies this rule for {@code surface}. */
    public boolean accepts(String surface, CharSequence text, int start, int end) {
        return switch (this) {
            case EXACT -> end - start == surface.length() && sameCase(surface, text, start);
            case CAPITALISED -> !Character.isLowerCase(text.charAt(start));
            case ANY -> true;
        };
    }

    private static boolean sameCase(String surface, CharSequence text, int start) {
        for (int i = 0; i < surface.length(); i++) {
            char expected = surface.charAt(i);
            char actual = text.charAt(start + i);
            if (Character.isUpperCase(expected) != Character.isUpperCase(actual)
                    || Character.isLowerCase(expected) != Character.isLowerCase(actual)) {
                return false;
            }
        }
        return true;
    }
}
