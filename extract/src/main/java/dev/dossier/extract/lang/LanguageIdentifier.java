package dev.dossier.extract.lang;

import dev.dossier.extract.Resources;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a text's language (ISO 639-1) by counting the very common words of each language in
 * {@code stopwords.tsv}; CJK, Hangul, Arabic, Hebrew, Greek and Thai are told by their script.
 * Unknown when the evidence is thin. Thread-safe.
 */
public final class LanguageIdentifier {
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final int SAMPLE_CHARS = 20_000;
    private final Map<String, Set<String>> words = new HashMap<>();
    private final List<String> order;

    public LanguageIdentifier() {
        List<String[]> rows = Resources.tsv("stopwords.tsv");
        for (String[] row : rows) {
            words.put(row[0].strip(), new HashSet<>(List.of(row).subList(1, row.length)));
        }
        order = rows.stream().map(r -> r[0].strip()).toList();
    }

    public Optional<String> identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Optional<String> script = byScript(sample);
        if (script.isPresent()) {
            return script;
        }
        Map<String, Integer> hits = new HashMap<>();
        int total = 0;
        Matcher m = WORD.matcher(sample);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            total++;
            for (String lang : order) {
                if (words.get(lang).contains(w)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            }
        }
        String best = null;
        for (String lang : order) {
            if (hits.getOrDefault(lang, 0) > (best == null ? 0 : hits.getOrDefault(best, 0))) {
                best = lang;
            }
        }
        return best != null && hits.get(best) >= Math.max(2, total / 20) ? Optional.of(best) : Optional.empty();
    }

    private static Optional<String> byScript(String text) {
        int letters = 0;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            String lang = switch (s) {
                case HAN -> "zh";
                case HIRAGANA, KATAKANA -> "ja";
                case HANGUL -> "ko";
                case ARABIC -> "ar";
                case HEBREW -> "he";
                case GREEK -> "el";
                case THAI -> "th";
                default -> null;
            };
            if (lang != null) {
                counts.merge(lang, 1, Integer::sum);
            }
        }
        if (counts.getOrDefault("ja", 0) * 10 > letters) {
            return Optional.of("ja");
        }
        int all = letters;
        return counts.entrySet().stream().filter(e -> e.getValue() * 2 > all)
                .map(Map.Entry::getKey).findFirst();
    }
}
