package dev.dossier.nlp.time;

import static dev.dossier.nlp.time.Grammar.YEAR;

import dev.dossier.model.PartialDate;
import dev.dossier.nlp.time.Rule.Triggers;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Dates written with the year, month and day counters of Chinese and Japanese (年, 月, 日 or 号)
 * and of Korean (년, 월, 일): "2024年4月5日", "2023年5月", "2027年", "4月5日" (the anchor's year),
 * "2023년 5월 13일". Digits only; the counters are the calendar's own, so no lexicon is needed.
 */
final class CjkDateRules {
    private static final String Y = "\\s?[年년]";
    private static final String M = "(?<m>1[0-2]|0?[1-9])\\s?[月월]";
    private static final String D = "(?<d>3[01]|[12]\\d|0?[1-9])\\s?[日号號일]";
    private static final String NOT_AFTER_DIGIT = "(?<![\\d.,])";

    List<Rule> rules() {
        return List.of(
                Rule.of("cjk-date", Triggers.DIGITS, NOT_AFTER_DIGIT + "(?<y>" + YEAR + ")" + Y + "\\s?" + M + "(?:\\s?" + D + ")?",
                        CjkDateRules::yearMonthDay),
                Rule.of("cjk-month-day", Triggers.DIGITS, NOT_AFTER_DIGIT + M + "\\s?" + D, CjkDateRules::monthDay),
                Rule.of("cjk-year", Triggers.DIGITS, NOT_AFTER_DIGIT + "(?<y>" + YEAR + ")" + Y + "(?!\\s?代|대)",
                        (m, c, r) -> Optional.of(Found.date(m.start(), m.end(),
                                PartialDate.ofYear(Integer.parseInt(m.group("y"))), r))));
    }

    private static Optional<Found> yearMonthDay(Matcher m, Context c, String rule) {
        int year = Integer.parseInt(m.group("y"));
        int month = Integer.parseInt(m.group("m"));
        if (m.group("d") == null) {
            return Optional.of(Found.date(m.start(), m.end(), PartialDate.ofMonth(year, month), rule));
        }
        return day(m, rule, year, month);
    }

    private static Optional<Found> monthDay(Matcher m, Context c, String rule) {
        int month = Integer.parseInt(m.group("m"));
        return DateRules.yearFor(month, m.start(), c).map(year -> day(m, rule, year, month))
                .orElse(Optional.of(Found.unresolved(m.start(), m.end(), dev.dossier.model.TimexType.DATE, rule)));
    }

    private static Optional<Found> day(Matcher m, String rule, int year, int month) {
        try {
            return Optional.of(Found.date(m.start(), m.end(),
                    new PartialDate(year, month, Integer.parseInt(m.group("d"))), rule));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
