package dev.dossier.nlp.time;

import dev.dossier.model.PartialDate;
import dev.dossier.model.TimexType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import dev.dossier.nlp.time.Rule.Triggers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Dates that only the anchor pins down: "on Tuesday", "last month", "earlier this year",
 * "next year", "two years ago", "yesterday", "Friday night". Each needs an anchor precise
 * enough (a weekday needs a day); otherwise it is kept with no value.
 */
final class RelativeRules {
    private static final String REL = "(?i:(?<the>the\\s+)?(?<rel>last|past|previous|this\\s+past|this\\s+coming|this|next|coming|"
            + "current|(?:earlier|later)\\s+this)\\s+)";
    private final Grammar g;
    private final Calendar calendar = new Calendar();

    RelativeRules(Grammar grammar) {
        this.g = grammar;
    }

    List<Rule> rules() {
        return List.of(
                Rule.of("relative-unit", Triggers.words("the", "last", "past", "previous", "this", "next", "coming", "current", "earlier", "later"), "(?<![\\w-])" + REL + "(?<u>(?i:week|month|year|quarter|weekend|decade|century))(?!\\w)",
                        this::unit),
                Rule.of("weekday", Triggers.words("last", "next", "this", "past", "coming").and(g.weekdays), "(?<!\\w)(?:(?<rel>(?i:last|next|this|past|coming))\\s+)?(?<w>" + g.weekday
                        + ")(?:\\s+(?<p>" + g.daypart + "))?", this::weekday),
                Rule.of("day-word", Triggers.words("today", "yesterday", "tomorrow", "tonight", "this", "last"), "(?<![\\w-])(?<w>(?i:today|yesterday|tomorrow|tonight|this|last))(?:\\s+(?<p>"
                        + g.daypart + "))?(?!\\w)", this::dayWord),
                Rule.of("relative-month", Triggers.words("last", "next", "this", "past", "coming"), "(?<![\\w-])(?<rel>(?i:last|next|this|past|coming))\\s+(?<m>" + g.fullMonth + ")",
                        this::relativeMonth),
                Rule.of("holiday", Triggers.words(g.lexicon().holidays.keySet().stream()),
                        "(?<!\\w)" + TimeLexicon.caseSensitiveAlternation(g.lexicon().holidays.keySet()) + "(?!\\w)", this::holiday),
                Rule.of("part-of-unit", Triggers.words("the", "end", "beginning", "start", "middle", "close", "turn"),
                        "(?<![\\w-])(?i:(?:the\\s+)?(?<p>end|beginning|start|middle|close|turn)\\s+of\\s+(?:(?:the|this)\\s+)?"
                        + "(?<u>year|month|week|decade|century))(?!\\w)", this::partOfUnit),
                Rule.of("weekend", Triggers.words("the"), "(?<![\\w-])(?i:the\\s+weekend)(?!\\w)", this::weekend),
                Rule.of("ago", g.numbers, "(?<![\\w-])(?<n>" + g.number + ")[\\s-]+(?<u>" + g.unit + ")\\s+(?i:ago)(?!\\w)", this::ago));
    }

    private Optional<Found> unit(Matcher m, Context c, String rule) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        if (m.group("the") != null && rel.equals("previous") && !unit.equals("week") && !unit.equals("quarter")) {
            return Optional.empty();
        }
        boolean span = m.group("the") != null && !rel.equals("this") && !rel.equals("current") && !rel.equals("last");
        if (span && !unit.equals("weekend")) {
            String code = unit.equals("quarter") ? "Q" : g.unitOf(unit);
            return Optional.of(Found.of(m.start(), m.end(), TimexType.DURATION, Grammar.duration("1", code), rule));
        }
        int offset = switch (rel) {
            case "last", "past", "previous", "this past" -> -1;
            case "next", "coming", "this coming" -> 1;
            default -> 0;
        };
        return Optional.of(calendar.shift(unit, offset, c.anchor())
                .map(v -> found(m, v, rule))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    /** "last June": the latest June before the anchor's month; "next June" the first after it. */
    private Optional<Found> relativeMonth(Matcher m, Context c, String rule) {
        int month = g.monthOf(m.group("m"));
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        Optional<Integer> year = c.anchor().month().map(anchor -> switch (rel) {
            case "last", "past" -> month < anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
            case "next", "coming" -> month > anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1;
            default -> anchor.getYear();
        });
        return Optional.of(year.map(y -> Found.date(m.start(), m.end(), PartialDate.ofMonth(y, month), rule))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    /** A holiday on a fixed date, in the year a month name would get ("Christmas" → 2012-12-25). */
    private Optional<Found> holiday(Matcher m, Context c, String rule) {
        String[] monthDay = TimeLexicon.find(g.lexicon().holidays, m.group(), false).split("-");
        int month = Integer.parseInt(monthDay[0]);
        int day = Integer.parseInt(monthDay[1]);
        return Optional.of(DateRules.yearFor(month, m.start(), c)
                .map(y -> Found.date(m.start(), m.end(), new PartialDate(y, month, day), rule))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    /** "the end of the year": the anchor's year (month, week) with the part as mod. */
    private Optional<Found> partOfUnit(Matcher m, Context c, String rule) {
        String part = m.group("p").toLowerCase(Locale.ROOT);
        String mod = switch (part) {
            case "end", "close" -> "END";
            case "middle" -> "MID";
            default -> "START";
        };
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        return Optional.of(calendar.shift(unit, partOffset(unit, mod, m.start(), c), c.anchor())
                .map(v -> found(m, v, rule).withMod(m.start(), mod))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    /**
     * Which year (or month) a part of it means: a past-tense "end of the year" written before
     * that end is last year's; a future-tense "beginning of the year" after it is next year's.
     */
    private static int partOffset(String unit, String mod, int pos, Context c) {
        Optional<LocalDate> day = c.anchor().day();
        if (day.isEmpty() || !unit.equals("year") && !unit.equals("month")) {
            return 0;
        }
        boolean year = unit.equals("year");
        int through = year ? day.get().getMonthValue() : day.get().getDayOfMonth();
        Context.Tense tense = c.tense(pos);
        if (mod.equals("END") && tense == Context.Tense.PAST && through < (year ? 12 : 20)) {
            return -1;
        }
        return mod.equals("START") && tense == Context.Tense.FUTURE && through > (year ? 1 : 10) ? 1 : 0;
    }

    /** "the weekend": the one just past in news, the coming one when the sentence looks ahead. */
    private Optional<Found> weekend(Matcher m, Context c, String rule) {
        boolean future = c.future(m.start());
        return Optional.of(c.anchor().day()
                .map(d -> c.anchor().weekday(DayOfWeek.SATURDAY, future ? Anchor.Direction.FUTURE : Anchor.Direction.PAST)
                        .orElse(d))
                .map(d -> Found.of(m.start(), m.end(), TimexType.DATE, Anchor.isoWeek(d) + "-WE", rule))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    /** A weekday: the one on or before the anchor in news, after it when the clause looks ahead. */
    private Optional<Found> weekday(Matcher m, Context c, String rule) {
        DayOfWeek day = DayOfWeek.of(g.weekdayOf(m.group("w")));
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        Anchor.Direction direction = switch (rel) {
            case "last", "past" -> Anchor.Direction.BEFORE;
            case "next", "coming" -> Anchor.Direction.AFTER;
            default -> c.future(m.start()) ? Anchor.Direction.FUTURE : Anchor.Direction.PAST;
        };
        return Optional.of(c.anchor().weekday(day, direction)
                .map(d -> withDaypart(m, d, rule))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    private Optional<Found> dayWord(Matcher m, Context c, String rule) {
        String word = m.group("w").toLowerCase(Locale.ROOT);
        boolean needsPart = word.equals("this") || word.equals("last");
        if (needsPart && m.group("p") == null || word.equals("last") && !m.group("p").equalsIgnoreCase("night")) {
            return Optional.empty();
        }
        int offset = switch (word) {
            case "yesterday", "last" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        String part = word.equals("tonight") ? "NI" : null;
        return Optional.of(c.anchor().day().map(d -> d.plusDays(offset))
                .map(d -> part == null ? withDaypart(m, d, rule)
                        : new Found(m.start(), m.end(), TimexType.TIME, Optional.of(Anchor.iso(d) + "T" + part),
                                Optional.of(PartialDate.of(d)), Optional.empty(), rule))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    private Found withDaypart(Matcher m, LocalDate day, String rule) {
        if (m.group("p") == null) {
            return Found.date(m.start(), m.end(), PartialDate.of(day), rule);
        }
        String value = Anchor.iso(day) + "T" + g.daypartOf(m.group("p"));
        return new Found(m.start(), m.end(), TimexType.TIME, Optional.of(value),
                Optional.of(PartialDate.of(day)), Optional.empty(), rule);
    }

    /** "two years ago": the anchor moved back, at the unit's precision. */
    private Optional<Found> ago(Matcher m, Context c, String rule) {
        Optional<String> count = g.count(m.group("n"));
        String unit = g.unitOf(m.group("u"));
        if (count.isEmpty() || !count.get().matches("\\d+")) {
            return Optional.of(Found.of(m.start(), m.end(), TimexType.DATE, "PAST_REF", rule));
        }
        int n = Integer.parseInt(count.get());
        return Optional.of(calendar.back(unit, n, c.anchor())
                .map(v -> found(m, v, rule))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    private static Found found(Matcher m, String value, String rule) {
        try {
            return Found.date(m.start(), m.end(), PartialDate.parse(value), rule);
        } catch (IllegalArgumentException notCalendar) {
            return Found.of(m.start(), m.end(), TimexType.DATE, value, rule);
        }
    }

    /** Calendar arithmetic on the anchor, giving TIMEX3 values at the unit's precision. */
    static final class Calendar {
        Optional<String> shift(String unit, int offset, Anchor anchor) {
            return switch (unit) {
                case "week" -> anchor.day().map(d -> Anchor.isoWeek(d.plusWeeks(offset)));
                case "weekend" -> anchor.day().map(d -> Anchor.isoWeek(d.plusWeeks(offset)) + "-WE");
                case "month" -> anchor.month().map(mo -> Anchor.iso(mo.plusMonths(offset)));
                case "quarter" -> anchor.month().map(mo -> quarter(mo.plusMonths(3L * offset)));
                case "year" -> anchor.year().map(y -> Anchor.iso(y + offset));
                case "decade" -> anchor.year().map(y -> Integer.toString(y / 10 + offset));
                case "century" -> anchor.year().map(y -> Integer.toString(y / 100 + offset));
                default -> Optional.empty();
            };
        }

        Optional<String> back(String unit, int n, Anchor anchor) {
            return switch (unit) {
                case "D" -> anchor.day().map(d -> Anchor.iso(d.minusDays(n)));
                case "W" -> anchor.day().map(d -> Anchor.isoWeek(d.minusWeeks(n)));
                case "2W" -> anchor.day().map(d -> Anchor.isoWeek(d.minusWeeks(2L * n)));
                case "M" -> anchor.month().map(mo -> Anchor.iso(mo.minusMonths(n)));
                case "Q" -> anchor.month().map(mo -> quarter(mo.minusMonths(3L * n)));
                case "Y" -> anchor.year().map(y -> Anchor.iso(y - n));
                case "DE" -> anchor.year().map(y -> Integer.toString((y - 10 * n) / 10));
                case "CE" -> anchor.year().map(y -> Integer.toString((y - 100 * n) / 100));
                default -> anchor.day().map(d -> Anchor.iso(d));
            };
        }

        static String quarter(YearMonth month) {
            return Anchor.iso(month.getYear()) + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
        }
    }
}
