package dev.dossier.nlp.time;

import dev.dossier.nlp.text.Alternation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists the time rules are built from, read once from the TSV files next to this
 * class. Each file has {@code #} comment lines (the first names its source) and one entry a
 * line, columns separated by tabs. Immutable once loaded.
 */
final class TimeLexicon {
    final Map<String, Integer> months;
    final Set<String> fullMonths;
    final Map<String, Integer> weekdays;
    final Map<String, String> numbers;
    final Map<String, String> units;
    final Map<String, String> seasons;
    final Map<String, String> parts;
    final Map<String, String[]> modifiers;
    final Map<String, String> references;
    final Map<String, Set<String>> referenceCues;
    final Map<String, String> dayparts;
    final Map<String, String> sets;
    final Map<String, String> holidays;
    final Map<String, String> tenseCues;
    final Set<String> dateContext;
    final Set<String> quantityNouns;
    final Set<String> addressWords;
    /** Relative dates outside English ({@code relative-phrases.tsv}): language, phrase, unit, offset. */
    final List<String[]> relativePhrases;

    private TimeLexicon() {
        months = ints(rows("months.tsv"));
        fullMonths = rows("months.tsv").stream().filter(r -> r.length > 2 && r[2].equals("full"))
                .map(r -> r[0]).collect(Collectors.toUnmodifiableSet());
        weekdays = ints(rows("weekdays.tsv"));
        numbers = pairs(rows("numbers.tsv"));
        units = pairs(rows("units.tsv"));
        seasons = pairs(rows("seasons.tsv"));
        parts = pairs(rows("parts.tsv"));
        modifiers = rows("modifiers.tsv").stream()
                .collect(Collectors.toMap(r -> r[0], r -> r, (a, b) -> a, LinkedHashMap::new));
        references = pairs(rows("references.tsv"));
        referenceCues = rows("references.tsv").stream().filter(r -> r.length > 2)
                .collect(Collectors.toUnmodifiableMap(r -> r[0], r -> Set.of(r[2].split("\\|"))));
        dayparts = pairs(rows("dayparts.tsv"));
        sets = pairs(rows("sets.tsv"));
        holidays = pairs(rows("holidays.tsv"));
        tenseCues = pairs(rows("tense-cues.tsv"));
        dateContext = rows("date-context.tsv").stream().map(r -> r[0]).collect(Collectors.toUnmodifiableSet());
        addressWords = rows("address-words.tsv").stream().map(r -> r[0]).collect(Collectors.toUnmodifiableSet());
        relativePhrases = rows("relative-phrases.tsv");
        quantityNouns = rows("quantity-nouns.tsv").stream().map(r -> r[0]).collect(Collectors.toUnmodifiableSet());
    }

    /** The lexicon bundled with the project. */
    static TimeLexicon load() {
        return new TimeLexicon();
    }

    /**
     * A regex alternation of {@code words} that matches as the flat one longest first would
     * ({@code (?:Sept\.|Sep\.)}), each quoted, its spaces loosened to any run of whitespace; right
     * in any case mode.
     */
    static String alternation(Collection<String> words) {
        return Alternation.of(words, Alternation.Spaces.LOOSE, Alternation.Case.ANY);
    }

    /** {@link #alternation}, for a pattern that matches it case-sensitively (shorter where words differ only in case). */
    static String caseSensitiveAlternation(Collection<String> words) {
        return Alternation.of(words, Alternation.Spaces.LOOSE, Alternation.Case.SENSITIVE);
    }

    /** Looks a phrase up with its whitespace normalised and, when {@code fold}, lower-cased. */
    static <V> V find(Map<String, V> map, String phrase, boolean fold) {
        String key = phrase.trim().replaceAll("\\s+", " ");
        return map.get(fold ? key.toLowerCase(Locale.ROOT) : key);
    }

    private static Map<String, Integer> ints(List<String[]> rows) {
        Map<String, Integer> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r[0], Integer.parseInt(r[1])));
        return Map.copyOf(out);
    }

    private static Map<String, String> pairs(List<String[]> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r[0], r[1]));
        return Map.copyOf(out);
    }

    private static List<String[]> rows(String file) {
        try (InputStream in = TimeLexicon.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing time lexicon resource: " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t")).collect(Collectors.toUnmodifiableList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read time lexicon resource: " + file, e);
        }
    }
}
