package dev.dossier.assertion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue lexicon ({@code cues.tsv}): clause boundaries, negators, modality, batch ordinals, role
 * cues and the sanction regimes of {@code regimes.tsv}.
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
        return cues;
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

    /** True when any pattern of {@code kind} finds a match in {@code text}. */
    boolean any(String kind, CharSequence text) {
        for (Pattern p : of(kind)) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The start of the last match of {@code kind} in {@code text}, or -1. */
    int lastStart(String kind, CharSequence text) {
        int last = -1;
        for (Pattern p : of(kind)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                last = Math.max(last, m.start());
            }
        }
        return last;
    }
}
