package dev.dossier.nlp.time;

import static dev.dossier.nlp.time.Grammar.YEAR;

import dev.dossier.model.TimexType;
import java.time.YearMonth;
import dev.dossier.nlp.time.Rule.Triggers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Parts of a year: seasons ("the spring of 2021" → 2021-SP, "last summer"), quarters ("the
 * third quarter of 2012" → 2012-Q3, "Q1") and halves ("the first half" → H1).
 */
final class PeriodRules {
    private static final String[] SEASON_BY_MONTH = {"WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI"};
    private static final List<String> SEASON_ORDER = List.of("WI", "SP", "SU", "FA");
    private final Grammar g;

    PeriodRules(Grammar grammar) {
        this.g = grammar;
    }

    List<Rule> rules() {
        String ofYear = "(?:,?\\s+(?:(?i:of)\\s+)?(?:(?<y>" + YEAR + ")(?!\\w)|(?<ry>(?i:this|last|next))\\s+(?i:year)(?!\\w)))";
        return List.of(
                Rule.of("season", Triggers.words(Stream.concat(Stream.of("this", "last", "next", "past", "previous", "coming"), g.lexicon().seasons.keySet().stream())), "(?<!\\w)(?:(?<rel>(?i:this|last|next|past|previous|coming))\\s+)?(?<s>" + g.season + ")"
                        + ofYear + "?", this::season),
                Rule.of("quarter", Triggers.words("first", "second", "third", "fourth", "final", "last").withDigits(), "(?<!\\w)(?<o>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last))[\\s-]+"
                        + "(?<k>(?i:quarter|half))(?!\\w)" + ofYear + "?", this::part),
                Rule.of("quarter-code", Triggers.words("q"), "(?<![\\w-])(?<k>Q)(?<o>[1-4])(?:\\s+(?<y>" + YEAR + ")|(?<ry>(?!)x))?(?![\\w-])", this::part));
    }

    private Optional<Found> season(Matcher m, Context c, String rule) {
        String code = g.seasonOf(m.group("s"));
        boolean lower = Character.isLowerCase(m.group("s").charAt(0));
        if (m.group("y") == null && m.group("ry") == null && m.group("rel") == null
                && !(lower && c.lexicon().dateContext.contains(c.wordBefore(m.start())))) {
            return Optional.empty();
        }
        Optional<Integer> year = yearOf(m, c).or(() -> relativeSeasonYear(m, code, c));
        return Optional.of(year.map(y -> Found.of(m.start(), m.end(), TimexType.DATE, Anchor.iso(y) + "-" + code, rule))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    /** "last winter" is the latest winter before the current season; "next" the first after. */
    private Optional<Integer> relativeSeasonYear(Matcher m, String code, Context c) {
        String rel = m.group("rel") == null ? "this" : m.group("rel").toLowerCase(Locale.ROOT);
        Optional<YearMonth> anchor = c.anchor().month();
        if (anchor.isEmpty() || rel.equals("this")) {
            return c.anchor().year();
        }
        int month = anchor.get().getMonthValue();
        int seasonYear = month == 1 || month == 2 ? anchor.get().getYear() - 1 : anchor.get().getYear();
        int current = SEASON_ORDER.indexOf(SEASON_BY_MONTH[month - 1]);
        int target = SEASON_ORDER.indexOf(code);
        boolean back = rel.equals("last") || rel.equals("past") || rel.equals("previous");
        if (back) {
            return Optional.of(target < current ? seasonYear : seasonYear - 1);
        }
        return Optional.of(target > current ? seasonYear : seasonYear + 1);
    }

    private Optional<Found> part(Matcher m, Context c, String rule) {
        boolean half = m.group("k").toUpperCase(Locale.ROOT).startsWith("H");
        int index = ordinal(m.group("o"), half ? 2 : 4);
        if (index < 1 || index > (half ? 2 : 4)) {
            return Optional.empty();
        }
        String code = (half ? "-H" : "-Q") + index;
        Optional<Integer> year = yearOf(m, c).or(() -> partYear(index, half, m.start(), c));
        return Optional.of(year.map(y -> Found.of(m.start(), m.end(), TimexType.DATE, Anchor.iso(y) + code, rule))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    private static int ordinal(String word, int last) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st", "1" -> 1;
            case "second", "2nd", "2" -> 2;
            case "third", "3rd", "3" -> 3;
            case "fourth", "4th", "4" -> 4;
            case "final", "last" -> last;
            default -> 0;
        };
    }

    /** A quarter with no year: this year's, or last year's when it has not begun yet in past talk. */
    private static Optional<Integer> partYear(int index, boolean half, int pos, Context c) {
        Optional<YearMonth> anchor = c.anchor().month();
        if (anchor.isEmpty()) {
            return c.anchor().year();
        }
        int current = half ? (anchor.get().getMonthValue() - 1) / 6 + 1 : (anchor.get().getMonthValue() - 1) / 3 + 1;
        int year = anchor.get().getYear();
        return Optional.of(index > current && !c.future(pos) ? year - 1 : year);
    }

    private static Optional<Integer> yearOf(Matcher m, Context c) {
        if (m.group("y") != null) {
            return Optional.of(Integer.parseInt(m.group("y")));
        }
        if (m.group("ry") == null) {
            return Optional.empty();
        }
        int offset = switch (m.group("ry").toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return c.anchor().year().map(y -> y + offset);
    }
}
