package dev.dossier.group.corpus;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Made-up words for generated articles: a fixed list of English function words, and a Zipf-
 * distributed list of pronounceable invented content words (so that two unrelated generated
 * articles share about as little as two real ones do). Immutable and thread-safe.
 */
final class Vocabulary {
    static final String[] FUNCTION_WORDS = ("the of and to a in that is was for on with as by at from "
            + "it has have had be were its which this an are but not after over also would will said").split(" ");
    private static final String[] ONSETS = "b c d f g h k l m n p r s t v z br dr gr kr pl st tr sh ch".split(" ");
    private static final String[] VOWELS = "a e i o u ai ou ea".split(" ");
    private static final String[] CODAS = " n r s l m t nd rk st".split(" ", -1);

    private static final int LOOKUP_BITS = 16;

    private final String[] words;
    private final double[] cumulative;
    /** For each of 2^16 equal slices of [0, 1), the first word whose cumulative share reaches it. */
    private final int[] lookup = new int[1 << LOOKUP_BITS];

    Vocabulary(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        words = new String[size];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < size; i++) {
            String w;
            do {
                w = word(random, 2 + random.nextInt(3));
            } while (!seen.add(w));
            words[i] = w;
        }
        cumulative = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += 1.0 / (i + 10);
            cumulative[i] = total;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= total;
        }
        int word = 0;
        for (int slice = 0; slice < lookup.length; slice++) {
            while (word < size - 1 && cumulative[word] < (double) slice / lookup.length) {
                word++;
            }
            lookup[slice] = word;
        }
    }

    /** A pronounceable invented word of {@code syllables} syllables. */
    static String word(SplittableRandom random, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            b.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        return b.append(CODAS[random.nextInt(CODAS.length)]).toString();
    }

    static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** A content word, drawn with Zipf-like frequencies. */
    String content(SplittableRandom random) {
        double r = random.nextDouble();
        int i = lookup[(int) (r * lookup.length)];
        while (i < words.length - 1 && cumulative[i] < r) {
            i++;
        }
        return words[i];
    }

    static String function(SplittableRandom random) {
        return FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)];
    }
}
