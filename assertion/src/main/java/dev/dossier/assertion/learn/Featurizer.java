package dev.dossier.assertion.learn;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
    /** The chars that join two runs of letters and numbers into one word. */
    private static final String JOINERS = "-'’";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int PREFIX = 5;
    private static final int FNV_OFFSET = 0x811c9dc5;
    /** The FNV-1a state after "u:", "p:" and "b:": a name's hash goes on from its kind's. */
    private static final int UNIGRAM = hashOn(FNV_OFFSET, "u:");
    private static final int PREFIX_OF = hashOn(FNV_OFFSET, "p:");
    private static final int BIGRAM = hashOn(FNV_OFFSET, "b:");

    private Featurizer() {
    }

    /** A word of the sentence: its folded form and where it stands in the sentence text. */
    public record Token(String form, int start, int end) {
    }

    /**
     * The words of {@code text}: runs of letters and numbers, joined by a hyphen or an apostrophe between
     * two of them ("F-16", "Ukraine's"), as {@code [\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*} finds them, by
     * code point, without the regex.
     */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!letterOrNumber(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = runEnd(text, i);
            while (i + 1 < text.length() && JOINERS.indexOf(text.charAt(i)) >= 0 && letterOrNumber(text.codePointAt(i + 1))) {
                i = runEnd(text, i + 1);
            }
            out.add(new Token(form(text.substring(start, i)), start, i));
        }
        return out;
    }

    /** The end of the run of letters and numbers from {@code i}. */
    private static int runEnd(String text, int i) {
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!letterOrNumber(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** A letter or a number, as {@code [\\p{L}\\p{N}]} has them. */
    private static boolean letterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** A word's form: without accents, in lower case, a number as {@code <num>} or {@code <year>}. */
    static String form(String word) {
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

    /** The feature ids of a sentence, sorted, without repeats. */
    public static int[] features(Signals s) {
        List<Token> tokens = tokens(s.text());
        int[] ids = new int[3 * tokens.size() + 6 + s.triggerTypes().size() + s.cues().size()];
        int n = 0;
        // Each id hashed as the feature's name would be ("u:" + form …), continuing the hash instead of building the name.
        int previous = hashOn(hashOn(BIGRAM, "<s>"), " ");
        for (Token t : tokens) {
            ids[n++] = unigramId(t);
            ids[n++] = prefixId(t);
            ids[n++] = bucket(hashOn(previous, t.form()));
            previous = hashOn(hashOn(BIGRAM, t.form()), " ");
        }
        ids[n++] = bucket(hashOn(previous, "</s>"));
        if (s.triggerTypes().isEmpty()) {
            ids[n++] = hash("trigger:none");
        }
        for (String type : s.triggerTypes()) {
            ids[n++] = hash("trigger:" + type);
        }
        ids[n++] = hash("countries:" + Math.min(s.countries(), 2));
        ids[n++] = hash("weapons:" + Math.min(s.weapons(), 2));
        for (String cue : s.cues()) {
            ids[n++] = hash("cue:" + cue);
        }
        ids[n++] = hash("bias");
        return IntArrays.distinctSorted(ids, n);
    }

    /** The id of a word's unigram feature ("u:" and its form), without building the name. */
    static int unigramId(Token t) {
        return bucket(hashOn(UNIGRAM, t.form()));
    }

    /** The id of a word's prefix feature ("p:" and the first five chars of its form), without building the name. */
    static int prefixId(Token t) {
        return bucket(prefixHash(t));
    }

    private static int prefixHash(Token t) {
        return hashOn(PREFIX_OF, t.form(), Math.min(t.form().length(), PREFIX));
    }

    /**
     * A feature's id ("u:delivered" a word, "p:deliv" a prefix, "b:was delivered" a bigram, "trigger:DELIVERY",
     * "cue:NEGATION", "countries:1", "bias"): FNV-1a over the UTF-16 units, folded into {@link #BUCKETS};
     * stable across JVMs and runs.
     */
    public static int hash(String feature) {
        return bucket(hashOn(FNV_OFFSET, feature));
    }

    /** FNV-1a from state {@code h} over the chars of {@code text}. */
    private static int hashOn(int h, String text) {
        return hashOn(h, text, text.length());
    }

    /** FNV-1a from state {@code h} over the first {@code length} chars of {@code text}. */
    private static int hashOn(int h, String text, int length) {
        for (int i = 0; i < length; i++) {
            h ^= text.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    private static int bucket(int h) {
        return (h & 0x7fffffff) % BUCKETS;
    }

    static int[] of(String... names) {
        return Arrays.stream(names).mapToInt(Featurizer::hash).distinct().sorted().toArray();
    }
}
