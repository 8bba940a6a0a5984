package dev.dossier.assertion;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue lexicon ({@code cues.tsv}): clause boundaries, negators, modality, batch ordinals, role
 * cues and the sanction regimes of {@code regimes.tsv}. As with {@link Triggers}, one pass of a
 * {@link KeywordAutomaton} over the text finds the patterns of a kind one of whose literal anchors
 * ({@link RegexAnchors}) occurs in it, and only those run (a pattern without anchors always runs):
 * the answers are exactly those of running every pattern.
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
    /** Per kind, the anchors of its patterns ({@link #of}, same order); built once the lexicon is read. */
    private final Map<String, KeywordAutomaton> anchors = new HashMap<>();
    private KeywordAutomaton modalityAnchors;

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
        cues.byKind.forEach((kind, patterns) -> cues.anchors.put(kind, automaton(patterns)));
        cues.modalityAnchors = automaton(cues.modality.stream().map(Modality::pattern).toList());
        return cues;
    }

    private static KeywordAutomaton automaton(List<Pattern> patterns) {
        return new KeywordAutomaton(patterns.stream().map(p -> RegexAnchors.of(p.pattern())).toList());
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

    /**
     * The {@link #modality()} cues (by index) that may match in {@code text} or in any part of it:
     * the others have no anchor there, so cannot.
     */
    BitSet modalityCandidates(String text) {
        return modalityAnchors.candidates(text);
    }

    /** True when any pattern of {@code kind} finds a match in {@code text}. */
    boolean any(String kind, CharSequence text) {
        return any(kind, text, candidates(kind, text));
    }

    /** As {@link #any} with every pattern run, anchors or not: what {@link #any} must equal (tests compare both). */
    boolean anyWithoutAnchors(String kind, CharSequence text) {
        return any(kind, text, all(kind));
    }

    private boolean any(String kind, CharSequence text, BitSet candidates) {
        List<Pattern> patterns = of(kind);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (patterns.get(i).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The start of the last match of {@code kind} in {@code text}, or -1. */
    int lastStart(String kind, CharSequence text) {
        return lastStart(kind, text, candidates(kind, text));
    }

    /** As {@link #lastStart} with every pattern run (tests compare both). */
    int lastStartWithoutAnchors(String kind, CharSequence text) {
        return lastStart(kind, text, all(kind));
    }

    private int lastStart(String kind, CharSequence text, BitSet candidates) {
        List<Pattern> patterns = of(kind);
        int last = -1;
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Matcher m = patterns.get(i).matcher(text);
            while (m.find()) {
                last = Math.max(last, m.start());
            }
        }
        return last;
    }

    /** The patterns of {@code kind} (by index) with an anchor in {@code text}, or without anchors. */
    private BitSet candidates(String kind, CharSequence text) {
        KeywordAutomaton automaton = anchors.get(kind);
        return automaton == null ? new BitSet() : automaton.candidates(text.toString());
    }

    private BitSet all(String kind) {
        BitSet all = new BitSet();
        all.set(0, of(kind).size());
        return all;
    }
}
