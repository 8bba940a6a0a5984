package dev.dossier.nlp.time;

import dev.dossier.model.Precision;
import dev.dossier.model.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Joins a clock time and the day next to it into one TIME expression, as TimeML does:
 * "10 a.m. Friday", "15:00 GMT on Saturday", "Friday, 9 p.m." take the day's date.
 */
final class Combiner {
    private static final Pattern GAP = Pattern.compile("[\\s,]*(?:(?i:on)\\s+)?");

    List<Found> combine(List<Found> inOrder, String text) {
        List<Found> out = new ArrayList<>();
        for (Found next : inOrder) {
            Found last = out.isEmpty() ? null : out.get(out.size() - 1);
            Optional<Found> joined = last == null ? Optional.empty() : join(last, next, text);
            if (joined.isPresent()) {
                out.set(out.size() - 1, joined.get());
            } else {
                out.add(next);
            }
        }
        return out;
    }

    private static Optional<Found> join(Found first, Found second, String text) {
        if (!GAP.matcher(text).region(first.end(), second.start()).matches()) {
            return Optional.empty();
        }
        if (isClock(first) && isDay(second)) {
            return Optional.of(at(second, first, first.start(), second.end()));
        }
        if (isDay(first) && isClock(second)) {
            return Optional.of(at(first, second, first.start(), second.end()));
        }
        return Optional.empty();
    }

    private static Found at(Found day, Found clock, int start, int end) {
        String time = clock.value().orElseThrow();
        String value = day.value().orElseThrow() + time.substring(time.indexOf('T'));
        return new Found(start, end, TimexType.TIME, Optional.of(value), day.date(), Optional.empty(),
                day.rule() + "+" + clock.rule());
    }

    private static boolean isClock(Found f) {
        return f.type() == TimexType.TIME && f.value().map(v -> v.matches(".*T\\d\\d:\\d\\d")).orElse(false);
    }

    private static boolean isDay(Found f) {
        return f.type() == TimexType.DATE && f.date().map(d -> d.precision() == Precision.DAY).orElse(false);
    }
}
