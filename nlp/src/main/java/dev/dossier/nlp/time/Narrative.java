package dev.dossier.nlp.time;

import dev.dossier.model.PartialDate;
import dev.dossier.model.Precision;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Dates told relative to the story rather than to the publication date: "the following
 * year", "the previous month", "the next day". They resolve against the latest calendar date
 * written out before them in the text ("in December 2017 ... the following year" → 2018;
 * "in 2016 ... in May of that year" → 2016-05), and stay unresolved when there is none at the
 * unit's precision.
 */
final class Narrative {
    static final String RULE_PREFIX = "narrative-";
    /** Rules whose dates are written out in the text, not worked out from the anchor. */
    private static final Set<String> WRITTEN = Set.of("iso-date", "month-day-year", "day-month-year", "month-year", "year",
            "year-range-start", "year-range-end", "year-range-short", "numeric-date");

    static Rule rule() {
        return Rule.of("narrative", Rule.Triggers.words("the"),
                "(?<![\\w-])(?i:the\\s+(?<rel>following|previous|preceding|next)\\s+(?<u>day|month|year))(?!\\w)",
                Narrative::found);
    }

    /** "that year", "the same year", "later that year": the year last written out. */
    static Rule sameYear() {
        return Rule.of("narrative-same-year", Rule.Triggers.words("that", "the", "later", "earlier"),
                "(?<![\\w-])(?i:(?:(?:later|earlier)\\s+(?:in\\s+)?)?(?:that|the)\\s+same\\s+year|(?:later|earlier)\\s+"
                        + "(?:in\\s+)?that\\s+year|that\\s+year)(?!\\w)",
                (m, c, rule) -> Optional.of(Found.unresolved(m.start(), m.end(), dev.dossier.model.TimexType.DATE,
                        RULE_PREFIX + "=year")));
    }

    /** "July of that year", "July that same year": that month of the year last written out. */
    static Rule monthOfThatYear(Grammar grammar) {
        return Rule.of("narrative-month", grammar.months,
                "(?<![\\w-])(?<m>" + grammar.month + ")\\s+(?i:(?:of\\s+)?(?:that|the)\\s+same|of\\s+that|that)\\s+year(?!\\w)",
                (m, c, rule) -> Optional.of(Found.unresolved(m.start(), m.end(), dev.dossier.model.TimexType.DATE,
                        RULE_PREFIX + "@" + grammar.monthOf(m.group("m")))));
    }

    private static Optional<Found> found(Matcher m, Context c, String rule) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        if (rel.equals("next") && !unit.equals("day")) {
            return Optional.empty();
        }
        String sign = rel.equals("following") || rel.equals("next") ? "+" : "-";
        return Optional.of(Found.unresolved(m.start(), m.end(), dev.dossier.model.TimexType.DATE,
                RULE_PREFIX + sign + unit));
    }

    /** Resolves each narrative date against the latest written-out date before it. */
    static List<Found> resolve(List<Found> inOrder) {
        List<Found> out = new ArrayList<>(inOrder.size());
        PartialDate last = null;
        for (Found f : inOrder) {
            if (f.rule().startsWith(RULE_PREFIX)) {
                out.add(last == null ? f : shift(f, last).orElse(f));
            } else {
                out.add(f);
            }
            if (WRITTEN.contains(f.rule()) && f.date().isPresent()) {
                last = f.date().get();
            }
        }
        return out;
    }

    private static Optional<Found> shift(Found f, PartialDate from) {
        char how = f.rule().charAt(RULE_PREFIX.length());
        if (how == '=') {
            return Optional.of(Found.date(f.start(), f.end(), PartialDate.ofYear(from.year()), f.rule()));
        }
        if (how == '@') {
            int month = Integer.parseInt(f.rule().substring(RULE_PREFIX.length() + 1));
            return Optional.of(Found.date(f.start(), f.end(), Anchor.partial(YearMonth.of(from.year(), month)), f.rule()));
        }
        int step = f.rule().charAt(RULE_PREFIX.length()) == '+' ? 1 : -1;
        String unit = f.rule().substring(RULE_PREFIX.length() + 1);
        Optional<PartialDate> date = switch (unit) {
            case "year" -> Optional.of(PartialDate.ofYear(from.year() + step));
            case "month" -> from.precision() == Precision.YEAR ? Optional.empty()
                    : Optional.of(Anchor.partial(YearMonth.of(from.year(), from.month()).plusMonths(step)));
            default -> from.precision() != Precision.DAY ? Optional.empty()
                    : Optional.of(PartialDate.of(LocalDate.of(from.year(), from.month(), from.day()).plusDays(step)));
        };
        return date.map(d -> Found.date(f.start(), f.end(), d, f.rule()));
    }
}
