package dev.dossier.extract.lang;

import dev.dossier.extract.Resources;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Names a text's language (ISO 639-1) by counting the very common words of each language in
 * {@code stopwords.tsv}; CJK, Hangul, Arabic, Hebrew, Greek and Thai are told by their script.
 * Unknown when the evidence is thin. Thread-safe.
 */
public final class LanguageIdentifier {
    private static final int[] NONE = {};
    private static final int SAMPLE_CHARS = 6_000;
    /** The first letter whose script may be one {@link #byScript} tells a language by (U+0370, the Greek block). */
    static final char FIRST_TOLD = '\u0370';
    /** For each stopword, the indexes (into {@code order}) of the languages it belongs to. */
    private final Map<String, int[]> languagesOf = new HashMap<>();
    private final List<String> order;

    public LanguageIdentifier() {
        List<String[]> rows = Resources.tsv("stopwords.tsv");
        order = rows.stream().map(r -> r[0].strip()).toList();
        Map<String, Set<Integer>> sets = new HashMap<>();
        for (int lang = 0; lang < rows.size(); lang++) {
            for (int i = 1; i < rows.get(lang).length; i++) {
                sets.computeIfAbsent(rows.get(lang)[i].strip(), w -> new HashSet<>()).add(lang);
            }
        }
        sets.forEach((w, langs) -> languagesOf.put(w, langs.stream().mapToInt(Integer::intValue).toArray()));
    }

    public Optional<String> identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Optional<String> script = byScript(sample);
        if (script.isPresent()) {
            return script;
        }
        int[] hits = new int[order.size()];
        int[] total = {0};
        words(sample.toLowerCase(Locale.ROOT), word -> {
            total[0]++;
            for (int lang : languagesOf.getOrDefault(word, NONE)) {
                hits[lang]++;
            }
        });
        int best = 0;
        for (int lang = 1; lang < hits.length; lang++) {
            best = hits[lang] > hits[best] ? lang : best;
        }
        return hits.length > 0 && hits[best] >= Math.max(2, total[0] / 20) ? Optional.of(order.get(best)) : Optional.empty();
    }

    /**
     * Each word of {@code text} in turn, as {@code [\\p{L}']+} finds them (a longest run of letters and
     * apostrophes, by code point), without the regex.
     */
    static void words(String text, Consumer<String> word) {
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int c = text.codePointAt(i);
            while (c == '\'' || Character.isLetter(c)) {
                i += Character.charCount(c);
                if (i == text.length()) {
                    break;
                }
                c = text.codePointAt(i);
            }
            if (i > start) {
                word.accept(text.substring(start, i));
            } else {
                i += Character.charCount(c);
            }
        }
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
            if (c < FIRST_TOLD) {
                continue; // Latin, Common or Inherited: no script below tells a language
            }
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
