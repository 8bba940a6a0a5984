package dev.dossier.nlp.amount;

import dev.dossier.nlp.lexicon.Tsv;
import dev.dossier.nlp.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Phrases before an amount that make it approximate ("around", "reportedly worth"), from {@code approximations.tsv}. */
public final class Approximations {
    private static final int WINDOW_CHARS = 40;
    private static final int WINDOW_WORDS = 3;
    /** Phrases in a script written with spaces, which stand anywhere in the last few words. */
    private final List<String> spaced = new ArrayList<>();
    /** Phrases in Chinese or Japanese, which stand right before the amount. */
    private final List<String> unspaced = new ArrayList<>();

    public Approximations(Tsv table) {
        for (Tsv.Row row : table.rows()) {
            String phrase = row.get("phrase").toLowerCase(Locale.ROOT);
            (Fold.isIdeographic(phrase.charAt(0)) ? unspaced : spaced).add(phrase);
        }
    }

    /**
     * True when one of the phrases stands within the few words before {@code start}, in the same
     * clause. Chinese and Japanese write no spaces, so a phrase in their script counts only right
     * before the amount ("约3套", "近30架"), never further back in the run of characters.
     */
    public boolean before(String text, int start) {
        int from = Math.max(0, start - WINDOW_CHARS);
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ' || c == ';' || c == '\n') {
                from = i + 1;
                break;
            }
        }
        String window = " " + lastWords(text.substring(from, start).toLowerCase(Locale.ROOT).replace('\u00A0', ' '));
        String stripped = window.stripTrailing();
        for (String phrase : unspaced) {
            if (stripped.endsWith(phrase)) {
                return true;
            }
        }
        for (String phrase : spaced) {
            int at = window.indexOf(phrase);
            if (at > 0 && !Character.isLetter(window.charAt(at - 1)) && boundaryAfter(window, at + phrase.length())) {
                return true;
            }
        }
        return false;
    }

    /** The last {@code WINDOW_WORDS} words: an approximation stands right before its amount. */
    private static String lastWords(String window) {
        String[] words = window.trim().split("\\s+");
        int from = Math.max(0, words.length - WINDOW_WORDS);
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    private static boolean boundaryAfter(String window, int end) {
        return end >= window.length() || !Character.isLetter(window.charAt(end));
    }
}
