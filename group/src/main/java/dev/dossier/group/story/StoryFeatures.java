package dev.dossier.group.story;

import dev.dossier.group.fingerprint.Lexicons;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A text's story features with raw weights: content words, capitalised names ("C:" prefix),
 * years ("Y:") and other numbers ("N:"). Stop words come from resource lists: English, and the
 * function words of other languages (without them texts in one language other than English look
 * alike through their articles and prepositions). Thread-safe.
 */
final class StoryFeatures {
    private static final Set<String> STOP_WORDS = stopWords();

    private final StoryRule rule;

    StoryFeatures(StoryRule rule) {
        this.rule = rule;
    }

    Map<String, Double> of(String text) {
        Map<String, Double> features = new HashMap<>();
        boolean sentenceStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                sentenceStart |= c == '.' || c == '!' || c == '?' || c == '\n';
                i++;
                continue;
            }
            int end = tokenEnd(text, i);
            add(text.substring(i, end), sentenceStart, features);
            sentenceStart = false;
            i = end;
        }
        return features;
    }

    /** A token runs over letters and digits, and over one inner '.', ',', '\'' or '-' between them. */
    private static int tokenEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean inner = (c == '.' || c == ',' || c == '\'' || c == '-') && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            if (!Character.isLetterOrDigit(c) && !inner) {
                break;
            }
            i++;
        }
        return i;
    }

    private void add(String token, boolean sentenceStart, Map<String, Double> features) {
        if (Character.isDigit(token.charAt(0))) {
            addNumber(token, features);
            return;
        }
        String word = token.toLowerCase(Locale.ROOT);
        if (word.length() < 3 || STOP_WORDS.contains(word) || !word.chars().allMatch(StoryFeatures::wordChar)) {
            return;
        }
        if (!sentenceStart && Character.isUpperCase(token.charAt(0))) {
            features.merge("C:" + word, rule.nameWeight(), Double::sum);
        }
        features.merge(word, 1.0, Double::sum);
    }

    private void addNumber(String token, Map<String, Double> features) {
        if (token.length() == 4 && token.chars().allMatch(Character::isDigit)
                && (token.startsWith("19") || token.startsWith("20"))) {
            features.merge("Y:" + token, rule.numberWeight(), Double::sum);
            return;
        }
        long digits = token.chars().filter(Character::isDigit).count();
        if (digits >= 2 && token.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',')) {
            features.merge("N:" + token, rule.numberWeight() / 2, Double::sum);
        }
    }

    private static boolean wordChar(int c) {
        return Character.isLetter(c) || c == '\'' || c == '-';
    }

    private static Set<String> stopWords() {
        Set<String> words = new HashSet<>();
        for (String list : List.of("en", "other")) {
            List<String[]> rows = Lexicons.rows(StoryFeatures.class, "/dev/dossier/group/stopwords-" + list + ".txt");
            rows.forEach(row -> words.addAll(List.of(row[0].strip().split("\\s+"))));
        }
        return Set.copyOf(words);
    }
}
