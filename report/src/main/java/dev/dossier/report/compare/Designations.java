package dev.dossier.report.compare;

import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.nlp.lexicon.Lexicon;
import dev.dossier.nlp.text.Fold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Weapon designations matched through the weapon lexicon, however SIPRI or the news spell them:
 * "S-400 Triumf" and "S-400", "F-35A Lightning-2" and "F-35A Lightning II", "M-1A2 SEPv-3 Abrams"
 * and "M1A2 SEPv3" are one system. Spellings are compared in a compact form (folded, Roman
 * numerals as digits, only letters and digits left), and an alias must cover whole words of the
 * designation (a short variant suffix such as the "V" of "F-16V" allowed).
 *
 * <p>Two designations of one system can still name different variants: the {@link #compatible}
 * check compares their model numbers from the first digit on ("1A2" of "M1A2", "136" of
 * "Shahed-136"): one must begin with the other, so "M1A2" goes with "M-1A2 SEPv-3" but not with
 * "M-1A1", "F-16 Block 70" with "F-16V", and a designation without a model number ("Abrams",
 * "Rafale") goes with every variant.
 */
final class Designations {
    private static final int MAX_VARIANT_SUFFIX = 3;

    private record Spelling(Entity system, String compact) {}

    private final List<Spelling> spellings;

    private Designations(List<Spelling> spellings) {
        this.spellings = List.copyOf(spellings);
    }

    static Designations of(Lexicon lexicon) {
        List<Spelling> spellings = new ArrayList<>();
        lexicon.entities().stream().filter(e -> e.type() == EntityType.WEAPON)
                .sorted(Comparator.comparing(Entity::id)).forEach(e -> {
                    spellings.add(new Spelling(e, compact(e.name())));
                    e.aliases().forEach(a -> spellings.add(new Spelling(e, compact(a))));
                });
        spellings.removeIf(s -> s.compact().length() < 2);
        return new Designations(spellings);
    }

    /** The lexicon system a designation names: the one with the longest spelling found in it. */
    Optional<Entity> system(String designation) {
        Words words = Words.of(designation);
        Spelling best = null;
        for (Spelling spelling : spellings) {
            if (words.covers(spelling.compact()) && (best == null || spelling.compact().length() > best.compact().length())) {
                best = spelling;
            }
        }
        return Optional.ofNullable(best).map(Spelling::system);
    }

    /** How closely two designations name one system; {@link Match#NONE} when they do not. */
    Match match(String news, String register) {
        if (compact(news).equals(compact(register))) {
            return Match.EXACT;
        }
        Optional<Entity> a = system(news);
        Optional<Entity> b = system(register);
        if (a.isEmpty() || b.isEmpty() || !a.get().id().equals(b.get().id()) || !compatible(news, register)) {
            return a.isEmpty() && Words.of(register).covers(compact(news)) ? Match.GENERIC : Match.NONE;
        }
        return modelNumbers(news).isEmpty() ? Match.GENERIC : Match.VARIANT;
    }

    /** How specific a designation match is; a higher one wins. */
    enum Match {
        NONE, GENERIC, VARIANT, EXACT
    }

    /** Whether the model numbers of two designations of one system name the same variant. */
    static boolean compatible(String a, String b) {
        Set<String> left = modelNumbers(a);
        Set<String> right = modelNumbers(b);
        if (left.isEmpty() || right.isEmpty()) {
            return true;
        }
        for (String x : left) {
            for (String y : right) {
                if (x.startsWith(y) || y.startsWith(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each word's part from its first digit on: "M-1A2 SEPv-3 Abrams" → {1a2, 3}. */
    static Set<String> modelNumbers(String designation) {
        Set<String> numbers = new TreeSet<>();
        for (String word : designation.trim().split("\\s+")) {
            String c = compact(word);
            for (int i = 0; i < c.length(); i++) {
                if (Character.isDigit(c.charAt(i))) {
                    numbers.add(c.substring(i));
                    break;
                }
            }
        }
        return numbers;
    }

    /** Folded, Roman numerals II–IV as digits, letters and digits only: "Lightning II" → "lightning2". */
    static String compact(String text) {
        String folded = " " + Fold.fold(text) + " ";
        folded = folded.replace(" iv ", " 4 ").replace(" iii ", " 3 ").replace(" ii ", " 2 ");
        return folded.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A designation's compact form and where its words start and end in it. */
    private record Words(String compact, Set<Integer> starts, Set<Integer> ends) {
        static Words of(String designation) {
            StringBuilder all = new StringBuilder();
            Set<Integer> starts = new TreeSet<>();
            Set<Integer> ends = new TreeSet<>();
            for (String word : designation.trim().split("\\s+")) {
                String c = Designations.compact(word);
                if (!c.isEmpty()) {
                    starts.add(all.length());
                    all.append(c);
                    ends.add(all.length());
                }
            }
            return new Words(all.toString(), starts, ends);
        }

        /**
         * Whether a spelling covers whole words here; one ending in a digit may also stop before a
         * short letter suffix ("F-16" in "F-16V").
         */
        boolean covers(String spelling) {
            for (int at = compact.indexOf(spelling); at >= 0; at = compact.indexOf(spelling, at + 1)) {
                int end = at + spelling.length();
                boolean numbered = Character.isDigit(spelling.charAt(spelling.length() - 1));
                if (starts.contains(at) && (ends.contains(end) || numbered && suffixEnds(end))) {
                    return true;
                }
            }
            return false;
        }

        private boolean suffixEnds(int end) {
            for (int i = end; i < compact.length() && i <= end + MAX_VARIANT_SUFFIX; i++) {
                if (!Character.isLetter(compact.charAt(i))) {
                    return false;
                }
                if (ends.contains(i + 1)) {
                    return true;
                }
            }
            return false;
        }
    }
}
