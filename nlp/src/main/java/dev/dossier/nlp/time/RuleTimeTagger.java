package dev.dossier.nlp.time;

import dev.dossier.model.PartialDate;
import dev.dossier.model.TimeMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Finds time expressions with precompiled patterns built from the lexicons next to this class,
 * and normalises them to TIMEX3 against the anchor (the publication date at the precision
 * known), following the TimeML 1.2.1 conventions: the extent leaves out a leading "the" and
 * prepositions ("on Tuesday" → "Tuesday") but keeps modifiers ("last week", "the end of
 * 2023" → "end of 2023", mod END).
 *
 * <p>Every rule runs over the whole text; where matches overlap, the longest wins, then the
 * earliest rule. Immutable after construction and safe to share between threads.
 */
public final class RuleTimeTagger implements TimeTagger {
    private static final Comparator<Found> LONGEST_FIRST = Comparator.comparingInt(Found::length).reversed()
            .thenComparingInt(Found::start);
    private static final Combiner COMBINER = new Combiner();
    private final List<Rule> rules;
    private final Extender extender;
    private final TimeLexicon lexicon;

    public RuleTimeTagger() {
        lexicon = TimeLexicon.load();
        Grammar grammar = new Grammar(lexicon);
        rules = Stream.of(new DateRules(grammar).rules(), new PeriodRules(grammar).rules(),
                        new RelativeRules(grammar).rules(), new DurationRules(grammar).rules())
                .flatMap(List::stream).toList();
        extender = new Extender(lexicon);
    }

    @Override
    public List<TimeMention> tag(String text, Optional<PartialDate> anchor) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        Context context = new Context(text, new Anchor(anchor), lexicon);
        List<Found> found = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                rule.resolver().resolve(m, context, rule.id()).map(f -> extender.extend(f, text)).ifPresent(found::add);
            }
        }
        return COMBINER.combine(select(found), text).stream().map(f -> withoutArticle(f, text).toMention(text)).toList();
    }

    /** The longest expressions that do not overlap, in text order; ties go to the earlier rule. */
    private static List<Found> select(List<Found> found) {
        List<Found> byLength = new ArrayList<>(found);
        byLength.sort(LONGEST_FIRST);
        List<Found> kept = new ArrayList<>();
        for (Found candidate : byLength) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Found::start));
        return kept;
    }

    /** TimeML leaves a leading "the" out of the extent. */
    private static Found withoutArticle(Found found, String text) {
        if (found.length() > 4 && text.regionMatches(true, found.start(), "the", 0, 3)
                && Character.isWhitespace(text.charAt(found.start() + 3))) {
            int start = found.start() + 4;
            while (start < found.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            return found.withSpan(start, found.end());
        }
        return found;
    }
}
