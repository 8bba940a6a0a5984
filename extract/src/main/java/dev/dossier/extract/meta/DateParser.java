package dev.dossier.extract.meta;

import dev.dossier.extract.Resources;
import dev.dossier.model.PartialDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * Finds calendar dates written out in text ("Aug. 23, 2022", "23 August 2022", "12. März 2020",
 * "12 de marzo de 2020", "2022-08-23", "23.08.2022", "23-08-2022", "2022年8月23日", "August 2022") in
 * the languages of {@code months.tsv}. Never guesses a missing year.
 */
public final class DateParser {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final DateParser STANDARD = new DateParser();

    private final Map<String, Integer> months = new HashMap<>();
    /** The month names as the case-insensitive patterns compare them: each char folded (see {@link #fold}). */
    private final Set<String> foldedNames = new HashSet<>();
    private int longestName;
    private final Pattern iso;
    private final Pattern monthDayYear;
    private final Pattern dayMonthYear;
    private final Pattern monthYear;
    private final Pattern monthDay;
    private final Pattern dotted;
    private final Pattern dashed;
    private final Pattern cjk;

    private DateParser() {
        List<String> names = new ArrayList<>();
        for (String[] row : Resources.tsv("months.tsv")) {
            for (int i = 1; i < row.length; i++) {
                String name = row[i].strip().toLowerCase(Locale.ROOT);
                checkLetters(name);
                months.put(name, Integer.parseInt(row[0].strip()));
                names.add(Pattern.quote(name));
                foldedNames.add(folded(name, 0, name.length()));
                longestName = Math.max(longestName, name.length());
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        String month = "(" + String.join("|", names) + ")\\.?";
        String year = "((?:19|20)\\d\\d)(?!\\d)";
        String day = "(\\d{1,2})(?:st|nd|rd|th|er|\\.)?";
        iso = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
        monthDayYear = Pattern.compile("(?<!\\p{L})" + month + "\\s+" + day + ",?\\s+" + year, FLAGS);
        dayMonthYear = Pattern.compile("(?<![\\p{L}\\d])" + day + "\\s+(?:de\\s+)?" + month + ",?\\s+(?:de\\s+)?" + year, FLAGS);
        monthYear = Pattern.compile("(?<!\\p{L})" + month + ",?\\s+(?:de\\s+)?" + year, FLAGS);
        monthDay = Pattern.compile("(?<!\\p{L})" + month + "\\s+" + day + "(?![\\d,]*\\s*\\d{4})", FLAGS);
        dotted = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)(?!\\d)");
        // Day first with dashes ("19-10-2022"), as in South Asian and European page stamps.
        dashed = Pattern.compile("(?<![\\d-])(\\d{1,2})-(\\d{1,2})-((?:19|20)\\d\\d)(?!\\d)");
        // Chinese, Japanese and Korean: 2020年3月12日, 2020년 3월 12일, or the month alone.
        cjk = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)\\s*[年년]\\s*(\\d{1,2})\\s*[月월](?:\\s*(\\d{1,2})\\s*[日일号])?");
    }

    /** What {@link #nameStarts} relies on: a name of letters that fold to themselves folded again, none to a '.', ',' or space. */
    private static void checkLetters(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int folded = fold(c);
            if (!Character.isLetter(c) || fold((char) folded) != folded || followsName((char) folded)) {
                throw new IllegalArgumentException("months.tsv: month names are letters only: " + name);
            }
        }
    }

    public static DateParser standard() {
        return STANDARD;
    }

    /** The first full or month-precision date in {@code text}, earliest position first. */
    public Optional<PartialDate> first(String text) {
        List<Found> all = find(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).date());
    }

    /** A date found at a position. */
    public record Found(PartialDate date, int start, int end) {}

    /** Every date with a year in {@code text}, in reading order; a day-level match hides its month-level part. */
    public List<Found> find(String text) {
        if (!holdsYear(text)) {
            return List.of(); // most lines: none of the patterns can match, and the named-month ones are slow to say so
        }
        List<Found> found = new ArrayList<>();
        int[] names = nameStarts(text);
        collect(iso.matcher(text), found, 1, 2, 3, false);
        collectAt(names, monthDayYear.matcher(text), found, 3, 1, 2);
        if (names.length > 0) {
            collect(dayMonthYear.matcher(text), found, 3, 2, 1, true);
        }
        collect(dotted.matcher(text), found, 3, 2, 1, false);
        collect(dashed.matcher(text), found, 3, 2, 1, false);
        collect(cjk.matcher(text), found, 1, 2, 3, false);
        collectAt(names, monthYear.matcher(text), found, 2, 1, 0);
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** As {@link #find}, every pattern searching the whole text: what {@link #find} must answer. */
    List<Found> findEverywhere(String text) {
        if (!holdsYear(text)) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        collect(iso.matcher(text), found, 1, 2, 3, false);
        collect(monthDayYear.matcher(text), found, 3, 1, 2, true);
        collect(dayMonthYear.matcher(text), found, 3, 2, 1, true);
        collect(dotted.matcher(text), found, 3, 2, 1, false);
        collect(dashed.matcher(text), found, 3, 2, 1, false);
        collect(cjk.matcher(text), found, 1, 2, 3, false);
        collect(monthYear.matcher(text), found, 2, 1, 0, true);
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * Every position where a month name of the patterns can stand, ascending. In each named pattern the
     * name follows no letter ({@code (?<!\p{L})}, or the whitespace after a day) and is followed by '.',
     * ',' or whitespace; the name's chars are letters, so it is exactly the stretch up to the next of
     * those, and the pattern compares it char by char, folded. Searching the patterns only here gives
     * the matches a search everywhere gives: the alternation of some 250 names, tried at every word of
     * every line with a year, was most of the parser's time.
     */
    private int[] nameStarts(String text) {
        int[] starts = new int[8];
        int n = 0;
        for (int p = 0; p < text.length(); p++) {
            // The look-behind reads one char back: a supplementary letter (two chars) does not stop a name.
            if (p > 0 && Character.isLetter(text.charAt(p - 1))) {
                continue;
            }
            int q = p;
            while (q < text.length() && q - p <= longestName && !followsName(text.charAt(q))) {
                q++;
            }
            if (q > p && q < text.length() && q - p <= longestName && foldedNames.contains(folded(text, p, q))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = p;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** The chars that may follow a month name in a named pattern: '.', ',' and the whitespace of {@code \s}. */
    private static boolean followsName(char c) {
        return c == '.' || c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code text} from {@code start} to {@code end}, each char folded. */
    private static String folded(String text, int start, int end) {
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            out[i - start] = (char) fold(text.charAt(i));
        }
        return new String(out);
    }

    /**
     * A char as a case-insensitive Unicode pattern compares it with a literal (the literal folded the same
     * way): a text char matches a name's char {@code b} when it is {@code fold(b)} or folds to it, which,
     * as folding the names' chars again changes none of them (the constructor checks), is when it folds to it.
     */
    private static int fold(char c) {
        return Character.toLowerCase(Character.toUpperCase((int) c));
    }

    /** Whether {@code text} has a year as every pattern of {@link #find} needs it: 19 or 20 and two more ASCII digits. */
    private static boolean holdsYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == '1' && next == '9' || c == '2' && next == '0') && isAsciiDigit(text.charAt(i + 2))
                    && isAsciiDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The number of a month written out in a language of {@code months.tsv} ("march", "märz", "марта"), or empty. */
    public Optional<Integer> month(String name) {
        return Optional.ofNullable(months.get(name.toLowerCase(Locale.ROOT)));
    }

    /** A month and day without a year ("Aug 23"), as {month, day}, or empty. */
    public Optional<int[]> monthDay(String text) {
        Matcher m = monthDay.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(2));
        return day >= 1 && day <= 31 ? Optional.of(new int[] {months.get(m.group(1).toLowerCase(Locale.ROOT)), day})
                : Optional.empty();
    }

    private void collect(Matcher m, List<Found> into, int yearGroup, int monthGroup, int dayGroup, boolean named) {
        while (m.find()) {
            add(m, into, yearGroup, monthGroup, dayGroup, named);
        }
    }

    /**
     * As {@link #collect} for a named pattern whose match starts at its month name, tried at the
     * {@code starts} of names only: the same matches in the same order as searching every position, as
     * no other position can start one. Transparent bounds let the look-behind see before the start.
     */
    private void collectAt(int[] starts, Matcher m, List<Found> into, int yearGroup, int monthGroup, int dayGroup) {
        m.useTransparentBounds(true);
        int from = 0;
        for (int start : starts) {
            if (start < from) {
                continue;
            }
            m.region(start, m.regionEnd()); // the region ends where the text does
            if (m.lookingAt()) {
                from = m.end();
                add(m, into, yearGroup, monthGroup, dayGroup, true);
            }
        }
    }

    /** The date {@code m} matched, unless it overlaps one found before. */
    private void add(Matcher m, List<Found> into, int yearGroup, int monthGroup, int dayGroup, boolean named) {
        if (overlaps(into, m.start(), m.end())) {
            return;
        }
        int year = Integer.parseInt(m.group(yearGroup));
        Integer month = named ? months.get(m.group(monthGroup).toLowerCase(Locale.ROOT))
                : Integer.valueOf(m.group(monthGroup));
        int day = dayGroup == 0 || m.group(dayGroup) == null ? 0 : Integer.parseInt(m.group(dayGroup));
        date(year, month, day).ifPresent(d -> into.add(new Found(d, m.start(), m.end())));
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        return found.stream().anyMatch(f -> f.start() < end && start < f.end());
    }

    private static Optional<PartialDate> date(int year, Integer month, int day) {
        try {
            return month == null ? Optional.empty() : Optional.of(new PartialDate(year, month, day));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
