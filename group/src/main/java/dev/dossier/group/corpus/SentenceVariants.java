package dev.dossier.group.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Variants of a text for measuring story clustering among many near-duplicates: its sentences
 * (lines, or full stops followed by a space when it is one line) shuffled, and each number's
 * digits changed (the same number the same way throughout; the first digit stays non-zero)
 * except a year's, which dates the event the variant still reports (unless years are changed
 * too: a variant then also stands for a text about the same kind of event in another year).
 * Pure: the same text and random state give the same variant.
 */
public final class SentenceVariants {
    private SentenceVariants() {}

    /** A variant of {@code text}; with {@code changeYears} a year's digits change too. */
    public static String variant(String text, SplittableRandom random, boolean changeYears) {
        List<String> sentences = sentences(text);
        for (int i = sentences.size() - 1; i > 0; i--) {
            java.util.Collections.swap(sentences, i, random.nextInt(i + 1));
        }
        java.util.Map<String, String> numbers = new java.util.HashMap<>();
        List<String> out = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            out.add(changeNumbers(s, numbers, random, changeYears));
        }
        return String.join(text.contains("\n") ? "\n" : " ", out);
    }

    static List<String> sentences(String text) {
        String[] parts = text.contains("\n") ? text.split("\n") : text.split("(?<=[.!?]) ");
        return new ArrayList<>(Arrays.stream(parts).filter(s -> !s.isBlank()).toList());
    }

    private static String changeNumbers(String sentence, java.util.Map<String, String> numbers, SplittableRandom random,
            boolean changeYears) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(sentence);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String changed = isYear(m.group()) && !changeYears ? m.group() : numbers.computeIfAbsent(m.group(), n -> digits(n.length(), random));
            m.appendReplacement(b, changed);
        }
        return m.appendTail(b).toString();
    }

    /** A year dates the event the variant still reports; it is kept. */
    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }

    private static String digits(int length, SplittableRandom random) {
        StringBuilder b = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            b.append((char) ('0' + (k == 0 ? 1 + random.nextInt(9) : random.nextInt(10))));
        }
        return b.toString();
    }
}
