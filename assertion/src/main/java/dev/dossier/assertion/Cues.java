package dev.dossier.assertion;

import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue lexicon ({@code cues.tsv}): clause boundaries, negators, modality, batch ordinals, role
 * cues and the sanction regimes of {@code regimes.tsv}. As with {@link Triggers}, one
 * {@link KeywordAutomaton} over the literal anchors ({@link RegexAnchors}) of every cue pattern of
 * every kind tells which patterns may match in a text, and only those run (a pattern without
 * anchors always runs): the answers are exactly those of running every pattern. A sentence is
 * scanned once ({@link SentenceScan}); any stretch of it is then asked about without another pass,
 * and a pattern runs case-sensitively on the sentence folded once ({@link CaseFold}) where that
 * gives the same matches. A pattern with {@link RegexAnchors#starts starts} is tried only where one of
 * them occurs in the stretch (the same pass finds them), not at every position of it.
 */
final class Cues {
    /** A modality cue kind and its pattern, in the order the lexicon lists them. */
    record Modality(String kind, Pattern pattern) {}

    /**
     * An ordinal cue: its batch number, or empty for "a later batch" (further, another, new);
     * {@code batchNounOnly} when it names a batch only before a batch noun ("new").
     */
    record Ordinal(Optional<Integer> batch, boolean batchNounOnly, Pattern pattern) {}

    /** A sanction regime and the state that imposes it. */
    record Regime(Pattern pattern, String actor) {}

    private final Map<String, List<Pattern>> byKind;
    private final List<Modality> modality = new ArrayList<>();
    private final List<Ordinal> ordinals = new ArrayList<>();
    private final List<Regime> regimes = new ArrayList<>();
    /** Every pattern of every kind, kind after kind, then the ordinals: the automaton's pattern numbers. */
    private final List<Pattern> all = new ArrayList<>();
    /** {@link #all}'s patterns rewritten for folded text, where that is safe. */
    private final List<Optional<Pattern>> folded = new ArrayList<>();
    private final Map<Pattern, Integer> number = new IdentityHashMap<>();
    /** Per kind, its first pattern number and the one after its last. */
    private final Map<String, int[]> numbers = new HashMap<>();
    /** The patterns that have starts: pattern {@code i}'s are the automaton's pattern {@code all.size() + i}. */
    private final BitSet leading = new BitSet();
    private KeywordAutomaton anchors;

    private Cues(Map<String, List<Pattern>> byKind) {
        this.byKind = byKind;
    }

    static Cues load() {
        Cues cues = new Cues(new LinkedHashMap<>());
        for (String[] row : Lexicon.rows("cues.tsv", 2)) {
            cues.add(row[0].trim(), row[1]);
        }
        for (String[] row : Lexicon.rows("regimes.tsv", 2)) {
            cues.regimes.add(new Regime(Lexicon.compile(row[0]), row[1].trim()));
        }
        cues.byKind.forEach(cues::number);
        cues.number("ORDINAL", cues.ordinals.stream().map(Ordinal::pattern).toList());
        cues.anchors = KeywordAutomaton.withStarts(cues.all.stream().map(Pattern::pattern).toList(), cues.leading);
        return cues;
    }

    private void number(String kind, List<Pattern> patterns) {
        numbers.put(kind, new int[] {all.size(), all.size() + patterns.size()});
        for (Pattern p : patterns) {
            number.put(p, all.size());
            all.add(p);
            folded.add(CaseFold.compile(p.pattern()));
        }
    }

    private void add(String kind, String value) {
        if (kind.equals("ORDINAL")) {
            int eq = value.indexOf('=');
            String number = value.substring(0, eq);
            boolean later = number.equals("NEXT") || number.equals("NEW");
            Optional<Integer> batch = later ? Optional.empty() : Optional.of(Integer.valueOf(number));
            ordinals.add(new Ordinal(batch, number.equals("NEW"), Lexicon.compile(value.substring(eq + 1))));
            return;
        }
        Pattern pattern = Lexicon.compile(value);
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(pattern);
        if (kind.equals("SPECULATIVE") || kind.equals("PLANNED") || kind.equals("REPORTED")
                || kind.equals("SPECULATIVE_NEAR")) {
            modality.add(new Modality(kind, pattern));
        }
    }

    /** The kinds of the lexicon other than ORDINAL, in lexicon order. */
    Set<String> kinds() {
        return byKind.keySet();
    }

    List<Pattern> of(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    List<Modality> modality() {
        return modality;
    }

    List<Ordinal> ordinals() {
        return ordinals;
    }

    List<Regime> regimes() {
        return regimes;
    }

    /** The stretch {@code from}–{@code to} of {@code v}'s body, to ask about cues (read through the sentence's scan when it lies in it). */
    Stretch in(SentenceView v, int from, int to) {
        return in(v.scan(), from, to);
    }

    /** The stretch {@code from}–{@code to} of the scanned sentence's body (of the body, not the sentence, when it leaves it). */
    Stretch in(SentenceScan scan, int from, int to) {
        if (!scan.holds(from, to)) {
            return in(scan.body().substring(from, to));
        }
        return scan.isWhole(from, to) ? scan.whole(this, () -> new Stretch(scan, from, to)) : new Stretch(scan, from, to);
    }

    /** The stretch {@code span} of {@code v}'s body. */
    Stretch in(SentenceView v, Span span) {
        return in(v, span.start(), span.end());
    }

    /** A text of its own, to ask about cues. */
    Stretch in(String text) {
        return new Stretch(new SentenceScan(text, new Span(0, text.length())), 0, text.length());
    }

    /** True when any pattern of {@code kind} finds a match in {@code text}. */
    boolean any(String kind, CharSequence text) {
        return in(text.toString()).any(kind);
    }

    /** True when any pattern of {@code kind} finds a match in the stretch {@code from}–{@code to} of {@code v}'s body. */
    boolean any(String kind, SentenceView v, int from, int to) {
        return in(v, from, to).any(kind);
    }

    /** As {@link #any} with every pattern run case-insensitively, anchors or not: what {@link #any} must equal (tests compare both). */
    boolean anyWithoutAnchors(String kind, CharSequence text) {
        return of(kind).stream().anyMatch(p -> p.matcher(text).find());
    }

    /**
     * A stretch of text the lexicon is asked about. Its matchers work on the stretch alone, with
     * offsets from its start, exactly as a pattern's own matcher on the stretch's text would; a
     * pattern with no anchor in the stretch does not run at all.
     */
    final class Stretch {
        private final SentenceScan scan;
        private final int from;
        private final int to;
        private BitSet candidates;
        private String text;
        private Optional<String> foldedText;

        private Stretch(SentenceScan scan, int from, int to) {
            this.scan = scan;
            this.from = from;
            this.to = to;
        }

        String text() {
            if (text == null) {
                text = scan.body().substring(from, to);
            }
            return text;
        }

        /** This stretch without the leading and trailing chars {@link String#trim} removes. */
        Stretch trimmed() {
            int start = from;
            int end = to;
            while (start < end && scan.body().charAt(start) <= ' ') {
                start++;
            }
            while (end > start && scan.body().charAt(end - 1) <= ' ') {
                end--;
            }
            return start == from && end == to ? this : new Stretch(scan, start, end);
        }

        /** True when any pattern of {@code kind} finds a match here. */
        boolean any(String kind) {
            int[] range = numbers.get(kind);
            if (range == null) {
                return false;
            }
            BitSet may = candidates();
            for (int i = may.nextSetBit(range[0]); i >= 0 && i < range[1]; i = may.nextSetBit(i + 1)) {
                if (leading.get(i) ? matchesAtAStart(i) : plainMatcher(i).find()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when pattern {@code i} matches at one of its starts here: a search finds a match exactly
         * then, as a match can begin nowhere else, and trying the pattern at one offset, with the text on
         * either side visible to its lookarounds and word boundaries, is what the search does there.
         */
        private boolean matchesAtAStart(int i) {
            Matcher m = plainMatcher(i).useTransparentBounds(true).useAnchoringBounds(false);
            int end = m.regionEnd();
            for (int start : starts(i)) {
                if (m.region(start, end).lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        /** Where pattern {@code i}'s starts occur in this stretch, from its start. */
        private int[] starts(int i) {
            int[] at = anchors.starts(scan.hits(anchors), all.size() + i, from, to);
            for (int k = 0; k < at.length; k++) {
                at[k] -= from;
            }
            return at;
        }

        /** A matcher for each pattern of {@code kind} (ORDINAL too) that may match here, in lexicon order. */
        List<Matcher> matchers(String kind) {
            int[] range = numbers.getOrDefault(kind, new int[2]);
            List<Matcher> out = new ArrayList<>();
            BitSet may = candidates();
            for (int i = may.nextSetBit(range[0]); i >= 0 && i < range[1]; i = may.nextSetBit(i + 1)) {
                out.add(matcher(i));
            }
            return out;
        }

        /** A matcher for {@code pattern}, one of this lexicon's, or empty when it has no anchor here and so cannot match. */
        Optional<Matcher> matcher(Pattern pattern) {
            int i = number.get(pattern);
            return candidates().get(i) ? Optional.of(matcher(i)) : Optional.empty();
        }

        private BitSet candidates() {
            if (candidates == null) {
                candidates = anchors.candidates(scan.hits(anchors), from, to);
            }
            return candidates;
        }

        /**
         * A matcher for pattern {@code i}; for a pattern with starts, its search begins at the first of
         * them here (none: at the end), the text before still visible to its lookbehinds and word
         * boundaries, so that it finds what a search over the whole stretch finds.
         */
        private Matcher matcher(int i) {
            Matcher m = plainMatcher(i);
            if (!leading.get(i)) {
                return m;
            }
            int[] starts = starts(i);
            int end = m.regionEnd();
            return m.useTransparentBounds(true).useAnchoringBounds(false).region(starts.length == 0 ? end : starts[0], end);
        }

        private Matcher plainMatcher(int i) {
            if (folded.get(i).isPresent()) {
                if (foldedText == null) {
                    foldedText = scan.folded(from, to);
                }
                if (foldedText.isPresent()) {
                    return folded.get(i).get().matcher(foldedText.get());
                }
            }
            return all.get(i).matcher(text());
        }
    }
}
