package dev.dossier.nlp.time;

import dev.dossier.model.PartialDate;
import dev.dossier.model.TimeMention;
import dev.dossier.nlp.text.Fold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds time expressions with precompiled patterns built from the lexicons next to this class,
 * and normalises them to TIMEX3 against the anchor (the publication date at the precision
 * known), following the TimeML 1.2.1 conventions: the extent leaves out a leading "the" and
 * prepositions ("on Tuesday" → "Tuesday") but keeps modifiers ("last week", "the end of
 * 2023" → "end of 2023", mod END).
 *
 * <p>The text is scanned once, word by word; at each word only the rules it can start are
 * tried. Where matches overlap, the longest wins, then the earlier rule. Immutable after
 * construction and safe to share between threads.
 */
public final class RuleTimeTagger implements TimeTagger {
    private static final Combiner COMBINER = new Combiner();
    private static final int[] NONE = {};
    private final List<Rule> rules;
    /** Rules as their indices in {@link #rules}, which index the per-text matchers. */
    private final Map<String, int[]> rulesByWord;
    private final int[] numberRules;
    private final Comparator<Found> longestFirst;
    private final Extender extender;
    private final TimeLexicon lexicon;
    private final Context.TenseCues tenseCues;

    public RuleTimeTagger() {
        lexicon = TimeLexicon.load();
        Grammar grammar = new Grammar(lexicon);
        rules = Stream.of(new DateRules(grammar).rules(), new CjkDateRules().rules(), new PeriodRules(grammar).rules(),
                        new RelativeRules(grammar).rules(), new PhraseRelativeRules(grammar).rules(), new DurationRules(grammar).rules(), List.of(Narrative.rule(), Narrative.sameYear(), Narrative.monthOfThatYear(grammar)))
                .flatMap(List::stream).toList();
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String w : rules.get(r).triggers().words()) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, int[]> indices = new HashMap<>();
        byWord.forEach((w, list) -> indices.put(w, list.stream().mapToInt(Integer::intValue).toArray()));
        rulesByWord = Map.copyOf(indices);
        numberRules = IntStream.range(0, rules.size()).filter(r -> rules.get(r).triggers().digits()).toArray();
        Map<String, Integer> order = new HashMap<>();
        rules.forEach(r -> order.put(r.id(), order.size()));
        longestFirst = Comparator.comparingInt(Found::length).reversed().thenComparingInt(Found::start)
                .thenComparingInt(f -> order.getOrDefault(f.rule().startsWith(Narrative.RULE_PREFIX) ? "narrative" : f.rule(),
                        Integer.MAX_VALUE));
        extender = new Extender(lexicon);
        tenseCues = Context.TenseCues.of(lexicon);
    }

    @Override
    public List<TimeMention> tag(String text, Optional<PartialDate> anchor) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        String scanned = Typography.fold(text);
        Context context = new Context(scanned, new Anchor(anchor), lexicon, tenseCues);
        List<Found> found = new ArrayList<>();
        Scan scan = new Scan(context, rules.size());
        int i = 0;
        while (i < scanned.length()) {
            int end = wordEnd(scanned, i);
            if (end > i) {
                tryRulesAt(i, end, scan, found);
                i = end;
            } else {
                i++;
            }
        }
        return COMBINER.combine(Narrative.resolve(select(found)), scanned).stream()
                .map(f -> withoutArticle(f, scanned).toMention(text)).toList();
    }

    /** Where the word starting at {@code i} ends, or {@code i} when no word starts there. */
    private static int wordEnd(String text, int i) {
        char c = text.charAt(i);
        boolean quotedNumber = (c == '\'' || c == '’') && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        if (!Character.isLetterOrDigit(c) && !quotedNumber) {
            return i;
        }
        if (Character.isIdeographic(c)) {
            return i + 1; // Chinese and Japanese have no spaces: every character may start an expression ("去年")
        }
        int end = i + 1;
        // Chinese and Japanese run words and digits together ("原訂2027年"): a digit after a Han character starts a word
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))
                && Fold.isIdeographic(text.charAt(end)) == Fold.isIdeographic(text.charAt(end - 1))) {
            end++;
        }
        return end;
    }

    /**
     * One text's scan: each rule's matcher, made when the rule is first tried, and whether the text
     * holds the words the rule {@linkplain Rule#needs needs}, looked up the first time it is asked.
     */
    private static final class Scan {
        private static final byte UNKNOWN = 0;
        private static final byte PRESENT = 1;
        private static final byte ABSENT = 2;
        final Context context;
        private final Matcher[] matchers;
        private final byte[] needsMet;
        private String folded;

        Scan(Context context, int rules) {
            this.context = context;
            this.matchers = new Matcher[rules];
            this.needsMet = new byte[rules];
        }

        Matcher matcher(int index, Rule rule) {
            Matcher m = matchers[index];
            if (m == null) {
                m = rule.pattern().matcher(context.text()).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[index] = m;
            }
            return m;
        }

        /** False when the text lacks a word every match of the rule contains: it cannot match anywhere. */
        boolean mayMatch(int index, Rule rule) {
            if (rule.needs().isEmpty()) {
                return true;
            }
            if (needsMet[index] == UNKNOWN) {
                if (folded == null) {
                    folded = Rule.fold(context.text());
                }
                needsMet[index] = rule.needs().stream().allMatch(folded::contains) ? PRESENT : ABSENT;
            }
            return needsMet[index] == PRESENT;
        }
    }

    private void tryRulesAt(int start, int end, Scan scan, List<Found> found) {
        String text = scan.context.text();
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        boolean number = Character.isDigit(word.charAt(0)) || !Character.isLetterOrDigit(word.charAt(0));
        int[] candidates = number ? numberRules : rulesByWord.get(word);
        if (candidates == null) {
            candidates = lettersOnly(word);
        }
        for (int index : candidates) {
            Rule rule = rules.get(index);
            if (!scan.mayMatch(index, rule)) {
                continue;
            }
            Matcher m = scan.matcher(index, rule);
            m.region(start, text.length());
            if (m.lookingAt()) {
                rule.resolver().resolve(m, scan.context, rule.id()).map(f -> extender.extend(f, text)).ifPresent(found::add);
            }
        }
    }

    /** Rules for the letters a word starts with: "fy2020" → those of "fy". */
    private int[] lettersOnly(String word) {
        int letters = 0;
        while (letters < word.length() && Character.isLetter(word.charAt(letters))) {
            letters++;
        }
        return letters < word.length() ? rulesByWord.getOrDefault(word.substring(0, letters), NONE) : NONE;
    }

    /** The longest expressions that do not overlap, in text order; ties go to the earlier rule. */
    private List<Found> select(List<Found> found) {
        List<Found> byLength = new ArrayList<>(found);
        byLength.sort(longestFirst);
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
