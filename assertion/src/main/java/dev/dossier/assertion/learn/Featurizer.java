package dev.dossier.assertion.learn;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sparse features of a sentence, hashed so that the model stores numbers, never text: folded word
 * unigrams and bigrams, 5-letter word prefixes (one feature for "deliver", "delivered", "deliveries",
 * and for inflected forms in other languages), and lexicon signals (each trigger type that fired or
 * none, country and weapon counts, each cue kind). Stateless.
 */
public final class Featurizer {
    /** 2^20 buckets: few collisions for the tens of thousands of n-grams a training set holds. */
    static final int BUCKETS = 1 << 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int PREFIX = 5;

    private Featurizer() {
    }

    /** A word of the sentence: its folded form and where it stands in the sentence text. */
    public record Token(String form, int start, int end) {
    }

    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Token(form(m.group()), m.start(), m.end()));
        }
        return out;
    }

    private static String form(String word) {
        String folded = (isAscii(word) ? word
                : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("")).toLowerCase(Locale.ROOT);
        if (isDigits(folded)) {
            return folded.length() == 4 && (folded.startsWith("19") || folded.startsWith("20")) ? "<year>" : "<num>";
        }
        return folded;
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Sorted ids without repeats. */
    private static int[] distinctSorted(List<String> names) {
        int[] ids = new int[names.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = hash(names.get(i));
        }
        Arrays.sort(ids);
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (n == 0 || ids[i] != ids[n - 1]) {
                ids[n++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, n);
    }

    /** The feature ids of a sentence, sorted, without repeats. */
    public static int[] features(Signals s) {
        List<String> names = new ArrayList<>();
        List<Token> tokens = tokens(s.text());
        String previous = "<s>";
        for (Token t : tokens) {
            names.add(unigram(t));
            names.add(prefix(t));
            names.add("b:" + previous + " " + t.form());
            previous = t.form();
        }
        names.add("b:" + previous + " </s>");
        if (s.triggerTypes().isEmpty()) {
            names.add("trigger:none");
        }
        s.triggerTypes().forEach(type -> names.add("trigger:" + type));
        names.add("countries:" + Math.min(s.countries(), 2));
        names.add("weapons:" + Math.min(s.weapons(), 2));
        s.cues().forEach(cue -> names.add("cue:" + cue));
        names.add("bias");
        return distinctSorted(names);
    }

    static String unigram(Token t) {
        return "u:" + t.form();
    }

    static String prefix(Token t) {
        return "p:" + (t.form().length() > PREFIX ? t.form().substring(0, PREFIX) : t.form());
    }

    /**
     * A feature's id ("u:delivered" a word, "p:deliv" a prefix, "b:was delivered" a bigram, "trigger:DELIVERY",
     * "cue:NEGATION", "countries:1", "bias"): FNV-1a over the UTF-16 units, folded into {@link #BUCKETS};
     * stable across JVMs and runs.
     */
    public static int hash(String feature) {
        int h = 0x811c9dc5;
        for (int i = 0; i < feature.length(); i++) {
            h ^= feature.charAt(i);
            h *= 0x01000193;
        }
        return (h & 0x7fffffff) % BUCKETS;
    }

    static int[] of(String... names) {
        return Arrays.stream(names).mapToInt(Featurizer::hash).distinct().sorted().toArray();
    }
}
