package dev.dossier.assertion;

import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Quantity;
import dev.dossier.model.QuantityMention;
import dev.dossier.model.Span;
import dev.dossier.model.TimeMention;
import dev.dossier.model.TimexType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date, date note, quantity and batch that belong to one trigger in its clause. */
final class FactReader {
    /** A date, or a note for an expression that names no calendar date ("in the 2020s", "no earlier than 2018"). */
    record When(Optional<PartialDate> date, Optional<String> note) {
        static final When NONE = new When(Optional.empty(), Optional.empty());
    }

    /** A batch: its number when the text gives one, and whether it is "a later one" (new, further, another). */
    record Batch(Optional<Integer> number, boolean later) {
        static final Batch NONE = new Batch(Optional.empty(), false);
    }

    private static final Set<String> EXACT_MODIFIERS = Set.of("START", "MID", "END", "APPROX", "EQUAL_OR_LESS");
    private static final Set<String> COUNTED_UNITS_EXCLUDED = Set.of("batch", "batches", "year", "years", "month",
            "months", "day", "days", "week", "weeks", "percent", "per cent", "%", "time", "times", "phase", "phases",
            "stage", "stages", "country", "countries", "tranche", "tranches");
    private static final int BATCH_WORDS = 3;
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(?:the|a|an|this|that|its|their)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_YEAR = Pattern.compile("\\s*(?:of\\s+)?(?:that|the\\s+same)\\s+year\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile("^(.*?)\\b(?:that|which)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int LATER_NOUN_WORDS = 3;
    private static final Pattern CJK_DATE = Pattern.compile("\\d\\s?[年月日号號년월일]");
    private final Cues cues;

    FactReader(Cues cues) {
        this.cues = cues;
    }

    /** The time expression this trigger governs: inside it, else the nearest after it, else one before it. */
    When when(SentenceView v, Span scope, Span trigger, List<Span> otherTriggers) {
        List<TimeMention> times = v.times().stream().filter(t -> scope.contains(t.span()))
                .filter(t -> t.type() == TimexType.DATE)
                .filter(t -> v.mentions().stream().noneMatch(m -> m.entity().type() != EntityType.COUNTRY
                        && m.span().overlaps(t.span())))
                .filter(t -> leadsPredicate(t) ? precedes(t.span(), trigger, otherTriggers)
                        : governs(t.span(), trigger, otherTriggers))
                .filter(t -> !inLaterRelativeClause(v, t.span(), trigger))
                .filter(t -> trigger.contains(t.span()) || !yearAsModifier(v, t))
                .filter(t -> !cues.any("SPEECH_TIME", v, v.span().start(), t.span().start()))
                .toList();
        return times.stream().min((a, b) -> Integer.compare(distance(a.span(), trigger), distance(b.span(), trigger)))
                .map(t -> toWhen(t, sameYearAs(v, t))).orElse(When.NONE);
    }

    /**
     * "in July of that year", "in May the same year": the year of the sentence's previous dated
     * expression, not the year the tagger guessed from the publication date.
     */
    private static Optional<Integer> sameYearAs(SentenceView v, TimeMention t) {
        int end = Math.min(v.span().end(), t.span().end() + 24);
        if (!SAME_YEAR.matcher(v.body().substring(t.span().end(), end)).lookingAt()) {
            return Optional.empty();
        }
        return v.times().stream().filter(o -> o.span().end() <= t.span().start() && o.date().isPresent())
                .reduce((a, b) -> b).flatMap(TimeMention::date).map(PartialDate::year);
    }

    /**
     * "The deliveries are part of the contract that the two countries signed in 2022": a time in a
     * relative clause that hangs on a later noun (three or more words after the trigger) dates that
     * clause's event, not the trigger's.
     */
    private static boolean inLaterRelativeClause(SentenceView v, Span time, Span trigger) {
        if (time.start() < trigger.end()) {
            return false;
        }
        Matcher m = RELATIVE.matcher(v.body().substring(trigger.end(), time.start()));
        return m.find() && m.group(1).trim().split("\\s+").length >= LATER_NOUN_WORDS;
    }

    /** "the 2017 law", "a 2018 report": a bare year after a determiner names the noun that follows, not an event. */
    private static boolean yearAsModifier(SentenceView v, TimeMention t) {
        if (!t.text().trim().matches("\\d{4}")) {
            return false;
        }
        String before = v.body().substring(Math.max(v.span().start(), t.span().start() - 8), t.span().start());
        return DETERMINER_BEFORE.matcher(before).find();
    }

    private static When toWhen(TimeMention t, Optional<Integer> year) {
        boolean exact = t.modifier().map(EXACT_MODIFIERS::contains).orElse(true);
        if (t.date().isPresent() && exact) {
            PartialDate d = t.date().get();
            return new When(Optional.of(year.map(y -> new PartialDate(y, d.month(), d.day())).orElse(d)),
                    Optional.empty());
        }
        return new When(Optional.empty(), Optional.of(t.text()));
    }

    /**
     * A time belongs to the nearest trigger before it in the clause (dates follow their predicate:
     * "signed in 2017"); a time before every trigger belongs to the first one after it.
     */
    private static boolean governs(Span time, Span trigger, List<Span> others) {
        if (trigger.contains(time)) {
            return true;
        }
        if (time.start() >= trigger.end()) {
            return others.stream().noneMatch(o -> o.end() <= time.start() && o.start() > trigger.start()
                    && !o.contains(time));
        }
        return others.stream().noneMatch(o -> o.end() <= time.start() || o.contains(time))
                && others.stream().noneMatch(o -> o.start() >= time.end() && o.start() < trigger.start());
    }

    /** A date written with the counters of Chinese, Japanese or Korean ("2023年5月"): those languages put it before its predicate. */
    private static boolean leadsPredicate(TimeMention t) {
        return CJK_DATE.matcher(t.text()).find();
    }

    /**
     * Where dates come first ("2023年5月再度延誤"), a time belongs to the nearest trigger after it in the
     * clause; a time after every trigger belongs to the last one before it.
     */
    private static boolean precedes(Span time, Span trigger, List<Span> others) {
        if (trigger.contains(time)) {
            return true;
        }
        if (time.end() <= trigger.start()) {
            return others.stream().noneMatch(o -> o.start() >= time.end() && o.start() < trigger.start());
        }
        return others.stream().noneMatch(o -> o.start() >= time.end() || o.start() > trigger.start() && !o.contains(time));
    }

    private static int distance(Span a, Span trigger) {
        if (trigger.contains(a)) {
            return 0;
        }
        return a.start() >= trigger.end() ? a.start() - trigger.end() : trigger.start() - a.end();
    }

    /**
     * The counted amount nearest the trigger in its clause, leaving out ordinals and calendar units
     * and, as for dates, a count that another trigger governs ("the purchase marks the first sale
     * since the president announced approval for 150 jets": the 150 are the approval's).
     */
    Optional<Quantity> quantity(SentenceView v, Span scope, Span trigger, List<Span> otherTriggers) {
        return v.quantities().stream().filter(q -> scope.contains(q.span()))
                .filter(q -> q.ordinal().isEmpty())
                .filter(q -> governs(q.span(), trigger, otherTriggers))
                .filter(q -> !COUNTED_UNITS_EXCLUDED.contains(q.quantity().unit().toLowerCase(java.util.Locale.ROOT)))
                .min((a, b) -> Integer.compare(distance(a.span(), trigger), distance(b.span(), trigger)))
                .map(QuantityMention::quantity);
    }

    /** The counted amount written with one system ("212 K9 howitzers"), for triggers that govern several. */
    Optional<Quantity> quantityOf(SentenceView v, Span scope, Span system) {
        return v.quantities().stream().filter(q -> scope.contains(q.span()) && q.ordinal().isEmpty())
                .filter(q -> q.span().overlaps(system)
                        || q.span().end() <= system.start() && system.start() - q.span().end() <= 2)
                .findFirst().map(QuantityMention::quantity);
    }

    /** The batch ordinal nearest the trigger ("the first deliveries", "a second batch", "new agreements"). */
    Batch batch(SentenceView v, Span scope, Span trigger) {
        Cues.Stretch text = cues.in(v, scope);
        Batch best = Batch.NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (Cues.Ordinal ordinal : cues.ordinals()) {
            Optional<Matcher> found = text.matcher(ordinal.pattern());
            while (found.isPresent() && found.get().find()) {
                Matcher m = found.get();
                Span at = new Span(scope.start() + m.start(), scope.start() + m.end());
                int d = distance(at, trigger);
                if (v.mentions().stream().anyMatch(x -> x.span().overlaps(at)) || countsOtherItems(v, at, trigger)) {
                    continue;
                }
                Cues.Stretch after = cues.in(v, scope.start() + m.end(), scope.end());
                boolean names = modifies("BATCH_NOUN", after) || !ordinal.batchNounOnly()
                        && (modifies("COUNTED_NOUN", after) || precedesSystem(v, at));
                if (names && d < bestDistance) {
                    best = new Batch(ordinal.batch(), ordinal.batch().isEmpty());
                    bestDistance = d;
                }
            }
        }
        if (best.number().isEmpty() && !best.later()) {
            return fromQuantities(v, scope, trigger);
        }
        return best;
    }

    /**
     * "signed a contract for 250 tanks, along with ammunition and additional support vehicles",
     * "received ten jets in 2017 and a first batch of missile equipment in 2018": an ordinal after a
     * coordinator that follows the system the trigger speaks of counts the other items joined to
     * it, not a batch of this event.
     */
    private boolean countsOtherItems(SentenceView v, Span ordinal, Span trigger) {
        if (ordinal.start() < trigger.end()) {
            return false;
        }
        Optional<Mention> system = v.mentions().stream().filter(m -> m.entity().type() == EntityType.WEAPON)
                .filter(m -> m.span().start() >= trigger.end() && m.span().end() <= ordinal.start())
                .reduce((a, b) -> b);
        return system.isPresent()
                && cues.any("COORDINATOR", v, system.get().span().end(), ordinal.start());
    }

    private static boolean modifies(String kind, Cues.Stretch after) {
        for (Matcher m : after.matchers(kind)) {
            if (m.find()) {
                String gap = after.text().substring(0, m.start()).trim();
                return gap.isEmpty() || gap.split("\\s+").length <= BATCH_WORDS;
            }
        }
        return false;
    }

    /** "the first ten K2 tanks": an ordinal at most two words before a weapon system. */
    private static boolean precedesSystem(SentenceView v, Span ordinal) {
        return v.mentions().stream().filter(m -> m.entity().type() == EntityType.WEAPON)
                .filter(m -> m.span().start() >= ordinal.end())
                .anyMatch(m -> {
                    String gap = v.body().substring(ordinal.end(), m.span().start()).trim();
                    return gap.isEmpty() || gap.split("\\s+").length <= 2;
                });
    }

    private Batch fromQuantities(SentenceView v, Span scope, Span trigger) {
        return v.quantities().stream().filter(q -> scope.contains(q.span()) && q.ordinal().isPresent())
                .filter(q -> !countsOtherItems(v, q.span(), trigger))
                .findFirst().map(q -> new Batch(q.ordinal(), false)).orElse(Batch.NONE);
    }

    static boolean isCountry(Mention m) {
        return m.entity().type() == EntityType.COUNTRY;
    }
}
