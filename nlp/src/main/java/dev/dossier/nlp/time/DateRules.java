package dev.dossier.nlp.time;

import static dev.dossier.nlp.time.Grammar.DAY;
import static dev.dossier.nlp.time.Grammar.LEFT;
import static dev.dossier.nlp.time.Grammar.RIGHT;
import static dev.dossier.nlp.time.Grammar.YEAR;

import dev.dossier.model.PartialDate;
import dev.dossier.model.TimexType;
import java.time.YearMonth;
import dev.dossier.nlp.time.Rule.Triggers;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Calendar dates written out: "2019-07-12", "July 12, 2019", "12 July 2019", "July 2019",
 * "in 2017", "the 1990s", "fiscal 2020", and day or month names whose year the anchor gives
 * ("Nov. 24", "in July").
 */
final class DateRules {
    private final Grammar g;

    DateRules(Grammar grammar) {
        this.g = grammar;
    }

    /** The German ordinal dot after a day number ("12. März 2020"), read only before a month name. */
    private static final String DAY_DOT = "\\.?";

    /** The Greek genitive article between a month and its year ("7 Ιουνίου του 2021"). */
    private static final String YEAR_OF = "(?:του\\s+)?";
    /**
     * The word that may link a day to its month and a month to its year: English "of" ("the 5th of May"),
     * Spanish and Portuguese "de"/"del" ("24 de febrero de 2022"). It only counts next to a month name.
     */
    private static final String OF = "(?:(?i:of|de|del)\\s+)?";

    List<Rule> rules() {
        String weekdayPrefix = "(?:" + g.weekday + ",?\\s+)?";
        return List.of(
                Rule.of("iso-date", Triggers.DIGITS, LEFT + "(?<y>" + YEAR + ")-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])"
                        + "(?:T(?<h>[01]\\d|2[0-3]):(?<min>[0-5]\\d))?(?![\\w-])", this::iso),
                Rule.of("month-day-year", g.weekdays.and(g.months), "(?<!\\w)" + weekdayPrefix + "(?<m>" + g.month + ")\\s+(?<d>" + DAY + ")(?!\\w),?\\s+(?<y>"
                        + YEAR + ")" + RIGHT, this::full),
                Rule.of("day-month-year", g.weekdays.withDigits(), "(?<!\\w)" + weekdayPrefix + "(?<d>" + DAY + ")" + DAY_DOT + "\\s+" + OF + "(?<m>" + g.month
                        + "),?\\s+" + OF + YEAR_OF + "(?<y>" + YEAR + ")" + RIGHT, this::full),
                Rule.of("month-year", g.months, "(?<!\\w)(?<m>" + g.month + "),?\\s+" + OF + YEAR_OF + "(?<y>" + YEAR + ")" + RIGHT, this::monthYear),
                Rule.of("month-day", g.weekdays.and(g.months), "(?<!\\w)" + weekdayPrefix + "(?<m>" + g.month + ")\\s+(?<d>" + DAY + ")(?![\\w.,:]\\d|\\w)",
                        this::dayOfAnchorYear),
                Rule.of("day-month", g.weekdays.withDigits(), "(?<![\\w.,$])" + weekdayPrefix + "(?<d>" + DAY + ")" + DAY_DOT + "\\s+" + OF + "(?<m>" + g.month + ")",
                        this::dayOfAnchorYear),
                Rule.of("numeric-date", Triggers.DIGITS, "(?<![\\w/.-])(?<a>\\d{1,2})(?<s>[/.])(?<b>\\d{1,2})\\k<s>(?<y>" + YEAR + ")(?![\\w/.]\\w)",
                        this::numeric),
                Rule.of("month", g.fullMonths, "(?<!\\w)(?<m>" + g.fullMonth + ")", this::bareMonth),
                Rule.of("year", Triggers.DIGITS, LEFT + "(?<y>" + YEAR + ")" + RIGHT, this::year),
                Rule.of("year-range-start", Triggers.DIGITS, LEFT + "(?<y>" + YEAR + ")(?=\\s?[-/]\\s?" + YEAR + RIGHT + ")", this::year),
                Rule.of("year-range-short", Triggers.DIGITS, LEFT + "(?<y>" + YEAR + ")(?=[-/]\\d\\d(?![\\w.,]))", this::year),
                Rule.of("year-range-end", Triggers.DIGITS, "(?<=" + YEAR + "\\s?[-/]\\s?)(?<y>" + YEAR + ")" + RIGHT,
                        (m, c, r) -> Optional.of(Found.date(m.start(), m.end(), PartialDate.ofYear(Integer.parseInt(m.group("y"))), r))),
                Rule.of("century", Triggers.DIGITS, "(?<![\\w-])(?<n>1\\d|2[01]|[1-9])(?:st|nd|rd|th)[\\s-]+(?i:century)(?!\\w)",
                        (m, c, r) -> Optional.of(Found.of(m.start(), m.end(), TimexType.DATE,
                                String.format(java.util.Locale.ROOT, "%02d", Integer.parseInt(m.group("n")) - 1), r))),
                Rule.of("decade", Triggers.DIGITS, LEFT + "(?:(?<c>(?:19|20)\\d)0s|['’](?<s>\\d)0s)(?!\\w)", this::decade),
                Rule.of("fiscal-year", Triggers.words("fiscal", "fy"), "(?<!\\w)(?:(?i:fiscal)(?:\\s+(?i:year))?\\s+|FY\\s?)(?<y>" + YEAR + "|['’]?\\d\\d)" + RIGHT,
                        this::fiscal),
                Rule.of("relative-fiscal-year", Triggers.words("this", "last", "next", "the", "current", "previous"),
                        "(?<![\\w-])(?i:(?:the\\s+)?(?<rel>this|last|next|current|previous|coming)\\s+fiscal\\s+year)(?!\\w)",
                        this::relativeFiscal));
    }

    private Optional<Found> iso(Matcher m, Context c, String rule) {
        Optional<Found> day = day(m, c, rule, Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")));
        if (m.group("h") == null) {
            return day;
        }
        return day.map(f -> new Found(f.start(), f.end(), TimexType.TIME,
                Optional.of(f.value().orElseThrow() + "T" + m.group("h") + ":" + m.group("min")),
                f.date(), f.mod(), rule));
    }

    private Optional<Found> full(Matcher m, Context c, String rule) {
        return day(m, c, rule, Integer.parseInt(m.group("y")), g.monthOf(m.group("m")));
    }

    private Optional<Found> monthYear(Matcher m, Context c, String rule) {
        return Optional.of(Found.date(m.start(), m.end(),
                PartialDate.ofMonth(Integer.parseInt(m.group("y")), g.monthOf(m.group("m"))), rule));
    }

    private Optional<Found> dayOfAnchorYear(Matcher m, Context c, String rule) {
        int month = g.monthOf(m.group("m"));
        Optional<Integer> year = yearFor(month, m.start(), c);
        if (year.isEmpty()) {
            return Optional.of(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule));
        }
        return day(m, c, rule, year.get(), month);
    }

    private Optional<Found> bareMonth(Matcher m, Context c, String rule) {
        if (!c.lexicon().dateContext.contains(c.wordBefore(m.start()))) {
            return Optional.empty();
        }
        int month = g.monthOf(m.group("m"));
        return Optional.of(yearFor(month, m.start(), c)
                .map(y -> Found.date(m.start(), m.end(), PartialDate.ofMonth(y, month), rule))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    /**
     * The year of a month named without one: the anchor's year, or the year before when the
     * month is still to come and the clause speaks of the past (or after, for the future).
     */
    static Optional<Integer> yearFor(int month, int pos, Context c) {
        Optional<YearMonth> anchor = c.anchor().month();
        if (anchor.isEmpty()) {
            return c.anchor().year();
        }
        int year = anchor.get().getYear();
        int current = anchor.get().getMonthValue();
        return switch (c.tense(pos)) {
            case FUTURE -> Optional.of(month < current ? year + 1 : year);
            case PAST -> Optional.of(month > current ? year - 1 : year);
            case UNKNOWN -> Optional.of(year);
        };
    }

    private Optional<Found> day(Matcher m, Context c, String rule, int year, int month) {
        int day = Integer.parseInt(m.group("d").replaceAll("\\D", ""));
        try {
            return Optional.of(Found.date(m.start(), m.end(), new PartialDate(year, month, day), rule));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** d/m/yyyy or m/d/yyyy: read only when one of the two cannot be a month. */
    private Optional<Found> numeric(Matcher m, Context c, String rule) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        int year = Integer.parseInt(m.group("y"));
        boolean dotted = m.group("s").equals(".");
        if (a > 12 || dotted) {
            return safeDay(m, year, b, a, rule);
        }
        if (b > 12) {
            return safeDay(m, year, a, b, rule);
        }
        return Optional.of(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule));
    }

    private static Optional<Found> safeDay(Matcher m, int year, int month, int day, String rule) {
        try {
            return Optional.of(Found.date(m.start(), m.end(), new PartialDate(year, month, day), rule));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A bare four-digit year, only after a date word and not before a counted noun. */
    private Optional<Found> year(Matcher m, Context c, String rule) {
        String before = c.wordBefore(m.start());
        boolean range = c.charBefore(m.start()) == '-' || c.charBefore(m.start()) == '/';
        boolean dated = c.lexicon().dateContext.contains(before) || before.matches("(?:19|20)\\d\\d") && range
                || possessive(before) || possessiveBeforeModifier(c, m.start(), before)
                || startsSentence(c, m.start()) && !c.wordAfter(m.end()).isEmpty();
        if (!dated || c.lexicon().quantityNouns.contains(c.wordAfter(m.end())) || streetNumber(m.end(), c)) {
            return Optional.empty();
        }
        return Optional.of(Found.date(m.start(), m.end(), PartialDate.ofYear(Integer.parseInt(m.group("y"))), rule));
    }

    private static boolean possessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    /** "Turkey's initial 2020 purchase": a possessive, one lower-case modifier, the year, a noun. */
    private static boolean possessiveBeforeModifier(Context c, int start, String before) {
        if (!before.matches("\\p{Ll}+") || !c.wordAfter(c.wordEnd(start)).matches("\\p{Ll}+")) {
            return false;
        }
        return possessive(c.wordBefore(c.wordStartBefore(start)));
    }

    /** "1900 Main Street": a street word one or two words after the number. */
    private static boolean streetNumber(int end, Context c) {
        int nextEnd = c.wordEnd(end);
        return c.lexicon().addressWords.contains(c.wordAfter(end))
                || c.lexicon().addressWords.contains(c.wordAfter(nextEnd).replace(".", ""));
    }

    private static boolean startsSentence(Context c, int pos) {
        int i = pos - 1;
        while (i >= 0 && c.text().charAt(i) == ' ') {
            i--;
        }
        return i < 0 || c.text().charAt(i) == '\n' || ".!?".indexOf(c.text().charAt(i)) >= 0;
    }

    private Optional<Found> decade(Matcher m, Context c, String rule) {
        String value = m.group("c") != null ? m.group("c") : "19" + m.group("s");
        return Optional.of(Found.of(m.start(), m.end(), TimexType.DATE, value, rule));
    }

    /** "this fiscal year": the fiscal year named by the anchor's calendar year. */
    private Optional<Found> relativeFiscal(Matcher m, Context c, String rule) {
        int offset = switch (m.group("rel").toLowerCase(java.util.Locale.ROOT)) {
            case "last", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        return Optional.of(c.anchor().year()
                .map(y -> Found.of(m.start(), m.end(), TimexType.DATE, Anchor.iso(y + offset), rule))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    /**
     * A fiscal year's value is the year that names it, as TimeML annotators write it; fiscal
     * years start in different months by country, so it names no calendar date.
     */
    private Optional<Found> fiscal(Matcher m, Context c, String rule) {
        String y = m.group("y").replaceAll("\\D", "");
        String year = y.length() == 4 ? y : (Integer.parseInt(y) < 50 ? "20" : "19") + y;
        return Optional.of(Found.of(m.start(), m.end(), TimexType.DATE, year, rule));
    }
}
