package dev.dossier.nlp.time;

import java.util.Locale;
import java.util.Optional;

/**
 * Regex fragments built once from the lexicon. Names are matched case-sensitively (a month or
 * weekday is capitalised in English); function words case-insensitively through {@code (?i:)}.
 */
final class Grammar {
    /** Before a token: not inside a word, a designation ("F-35", "Army-2022") or a number. */
    static final String LEFT = "(?:(?<=(?i:\\bmid|\\bearly|\\blate|\\bend)-)|(?<![\\w\\-./$€£#]))";
    /** After a token: not inside a word, and not a decimal ("2.5") or a designation. */
    static final String RIGHT = "(?![\\w]|[.,]\\d|-\\w)";
    static final String YEAR = "(?:19|20)\\d\\d";
    static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
    static final String DIGITS = "\\d{1,3}(?:\\.\\d+)?";

    /** Month names, for a pattern that matches them case-sensitively (as are {@link #fullMonth} and {@link #weekday}). */
    final String month;
    final String fullMonth;
    final String weekday;
    /** Weekday names for a case-insensitive pattern. */
    final String weekdayAnyCase;
    final String number;
    final String unit;
    final String season;
    final String daypart;
    final Rule.Triggers months;
    final Rule.Triggers fullMonths;
    final Rule.Triggers weekdays;
    final Rule.Triggers numbers;
    private final TimeLexicon lexicon;

    Grammar(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        month = TimeLexicon.caseSensitiveAlternation(lexicon.months.keySet()) + "(?!\\w)";
        fullMonth = TimeLexicon.caseSensitiveAlternation(lexicon.fullMonths) + "(?!\\w)";
        weekday = TimeLexicon.caseSensitiveAlternation(lexicon.weekdays.keySet()) + "(?!\\w)";
        weekdayAnyCase = TimeLexicon.alternation(lexicon.weekdays.keySet()) + "(?!\\w)";
        number = "(?:(?i:" + numberWord() + ")|" + DIGITS + ")";
        unit = "(?i:" + TimeLexicon.alternation(lexicon.units.keySet()) + ")(?!\\w)";
        season = "(?i:" + TimeLexicon.alternation(lexicon.seasons.keySet()) + ")(?!\\w)";
        daypart = "(?i:" + TimeLexicon.alternation(lexicon.dayparts.keySet()) + ")(?!\\w)";
        months = Rule.Triggers.words(lexicon.months.keySet().stream());
        fullMonths = Rule.Triggers.words(lexicon.fullMonths.stream());
        weekdays = Rule.Triggers.words(lexicon.weekdays.keySet().stream());
        numbers = Rule.Triggers.words(lexicon.numbers.keySet().stream()).withDigits();
    }

    /** Number words, and compounds of a tens word and a units word ("twenty-five"). */
    private String numberWord() {
        String words = TimeLexicon.alternation(lexicon.numbers.keySet());
        return "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|"
                + words + ")(?!\\w)";
    }

    int monthOf(String form) {
        return lexicon.months.get(form.trim());
    }

    int weekdayOf(String form) {
        return lexicon.weekdays.get(form.trim());
    }

    /** The count a number matched by {@link #number} means: digits, words, or "X" when vague. */
    Optional<String> count(String phrase) {
        String key = phrase.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (Character.isDigit(key.charAt(0))) {
            return Optional.of(key.endsWith(".0") ? key.substring(0, key.length() - 2) : key);
        }
        int dash = key.indexOf('-');
        if (dash > 0) {
            String tens = lexicon.numbers.get(key.substring(0, dash));
            String ones = lexicon.numbers.get(key.substring(dash + 1));
            return tens == null || ones == null ? Optional.empty()
                    : Optional.of(Integer.toString(Integer.parseInt(tens) + Integer.parseInt(ones)));
        }
        return Optional.ofNullable(lexicon.numbers.get(key));
    }

    /** The TIMEX3 unit of a unit word: "Y", "M", "TH" (clock units start with T). */
    String unitOf(String form) {
        return TimeLexicon.find(lexicon.units, form, true);
    }

    /** A duration value: {@code P2Y}, {@code PT3H}, {@code PXM}; a fortnight counts two weeks. */
    static String duration(String count, String unit) {
        if (unit.equals("2W")) {
            return count.equals("X") ? "PXW" : "P" + times(count, 2) + "W";
        }
        if (unit.equals("DE") || unit.equals("CE")) {
            return count.equals("X") ? "P" + count + unit : "P" + times(count, unit.equals("DE") ? 10 : 100) + "Y";
        }
        return unit.startsWith("T") ? "PT" + count + unit.substring(1) : "P" + count + unit;
    }

    private static String times(String count, int factor) {
        try {
            return new java.math.BigDecimal(count).multiply(java.math.BigDecimal.valueOf(factor))
                    .stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return count;
        }
    }

    String seasonOf(String form) {
        return TimeLexicon.find(lexicon.seasons, form, true);
    }

    String daypartOf(String form) {
        return TimeLexicon.find(lexicon.dayparts, form, true);
    }

    TimeLexicon lexicon() {
        return lexicon;
    }
}
