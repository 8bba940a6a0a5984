package dev.dossier.model;

import java.util.Optional;

/**
 * A time expression in a body. {@code value} is its TIMEX3 value ("2019-07", "2022-W33",
 * "P2Y", "PRESENT_REF", "2020-SP") when it can be normalised; {@code date} is the calendar
 * date it names when that is a year, month or day; {@code modifier} is TIMEX3's mod
 * ("BEFORE", "AFTER", "START", …). An expression with no anchor keeps its text only.
 */
public record TimeMention(
        Span span,
        String text,
        TimexType type,
        Optional<String> value,
        Optional<PartialDate> date,
        Optional<String> modifier,
        String rule) {

    public TimeMention {
        Checks.present(span, "span");
        Checks.present(text, "text");
        Checks.present(type, "type");
        Checks.present(value, "value");
        Checks.present(date, "date");
        Checks.present(modifier, "modifier");
        Checks.text(rule, "rule");
    }
}
