package dev.dossier.assertion;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.SystemCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weapon spoken of by its category instead of its designation ("the drones", "these missiles",
 * "Iranian-made UAVs"), read as the system the same document names in that category: the nearest
 * named one before the noun, else the one the document names most; none when the nearest one is
 * named side by side with a competitor of the same category and no system of it dominates. When the
 * document names none, the noun's categories are kept for the reconciler to resolve across documents
 * ({@link SystemCategory}). A state written right before the noun ("Iranian drones", "Turkish-made
 * drones") keeps only systems from that state. The nouns and the categories they may stand for are
 * data ({@code category-nouns.tsv}); the categories are those of the language layer's weapon lexicon.
 */
final class CategoryNouns {
    /** A category noun in a sentence and the weapon categories it may stand for. */
    record Noun(Span span, Set<String> categories) {}

    /**
     * What a category noun stands for: {@code system}, or none; {@code contested} when the document
     * names systems of the category but none can be chosen (two named side by side, none dominant).
     */
    record Reading(Optional<Mention> system, boolean contested, Optional<Unnamed> unnamed) {
        static final Reading NONE = new Reading(Optional.empty(), false, Optional.empty());
    }

    /**
     * A category noun whose document names no system of its categories: the reconciler may still
     * find the system in other documents ({@link SystemCategory}); {@code maker} is the state written
     * as its adjective ("Iranian drones"), if any.
     */
    record Unnamed(SystemCategory category, Optional<String> maker) {}

    private record Row(Pattern pattern, Set<String> categories) {}

    /**
     * Between a state and the noun it modifies: a possessive or a "-made"/"-built" compound, and at
     * most three words ("Russia's highly manoeuvrable jet fighters").
     */
    private static final Pattern MODIFIER_GAP = Pattern.compile(
            "(?:['’]s|-(?:made|built|designed|supplied|produced))?\\s+(?:[\\p{L}-]+\\s+){0,3}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKED_MODIFIER = Pattern.compile("^(?:['’]s|-\\p{L})");
    private static final int MODIFIER_REACH = 40;
    private final List<Row> rows;
    private final Pattern any;
    /** {@link #any} for the sentence's folded text ({@link CaseFold}), when it can be rewritten. */
    private final Optional<Pattern> anyFolded;

    private CategoryNouns(List<Row> rows) {
        this.rows = List.copyOf(rows);
        StringBuilder alternatives = new StringBuilder();
        for (Row row : rows) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append("(?:").append(row.pattern().pattern()).append(')');
        }
        String regex = "(?<![\\p{L}\\d-])(?:" + alternatives + ")(?![\\p{L}\\d-])";
        this.any = Lexicon.compile(regex);
        this.anyFolded = CaseFold.compile(regex);
    }

    static CategoryNouns load() {
        List<Row> rows = new ArrayList<>();
        for (String[] row : Lexicon.rows("category-nouns.tsv", 2)) {
            rows.add(new Row(Lexicon.compile(row[0].trim()), Set.of(row[1].trim().split("\\s*,\\s*"))));
        }
        return new CategoryNouns(rows);
    }

    /** The category nouns in {@code range} that no named weapon overlaps, in reading order. */
    List<Noun> find(SentenceView v, Span range) {
        List<Noun> out = new ArrayList<>();
        // the region's bounds are opaque: matching in it is matching on the stretch's own (folded) text
        Optional<String> folded = anyFolded.isPresent() && v.scan().holds(range.start(), range.end())
                ? v.scan().folded(range.start(), range.end()) : Optional.empty();
        Matcher m = folded.isPresent() ? anyFolded.get().matcher(folded.get())
                : any.matcher(v.body()).region(range.start(), range.end());
        int base = folded.isPresent() ? range.start() : 0;
        while (m.find()) {
            Span span = new Span(base + m.start(), base + m.end());
            boolean named = v.mentions(EntityType.WEAPON, v.span()).stream().anyMatch(w -> w.span().overlaps(span));
            if (!named) {
                categories(span.of(v.body())).ifPresent(c -> out.add(new Noun(span, c)));
            }
        }
        return out;
    }

    /**
     * The system the category noun nearest the trigger stands for (a noun after the trigger first),
     * in a sentence that names no system itself.
     */
    Reading system(SentenceView v, Span range, Span trigger) {
        if (!v.mentions(EntityType.WEAPON, v.span()).isEmpty()) {
            return Reading.NONE; // a sentence that names a system says which one it means
        }
        List<Noun> nouns = find(v, range);
        Optional<Noun> noun = nouns.stream().filter(n -> n.span().start() >= trigger.start()).findFirst()
                .or(() -> nouns.stream().filter(n -> n.span().start() < trigger.start()).reduce((a, b) -> b));
        return noun.map(n -> resolve(v, n)).orElse(Reading.NONE);
    }

    /** The system the document names for {@code noun}'s category (see the class comment). */
    Reading resolve(SentenceView v, Noun noun) {
        Optional<String> maker = modifyingState(v, noun);
        List<Mention> candidates = v.document().mentions().stream()
                .filter(m -> m.entity().type() == EntityType.WEAPON)
                .filter(m -> m.entity().attribute("category").map(noun.categories()::contains).orElse(false))
                .filter(m -> maker.isEmpty() || maker.equals(m.entity().attribute("country")))
                .toList();
        Optional<Mention> nearest = candidates.stream().filter(m -> m.span().end() <= noun.span().start())
                .reduce((a, b) -> b);
        if (candidates.isEmpty()) {
            return new Reading(Optional.empty(), false,
                    Optional.of(new Unnamed(new SystemCategory(noun.categories()), maker)));
        }
        if (nearest.isPresent() && !sideBySide(v.document(), nearest.get(), candidates)) {
            return new Reading(nearest, false, Optional.empty());
        }
        Optional<Mention> dominant = dominant(candidates);
        return new Reading(dominant, dominant.isEmpty(), Optional.empty());
    }

    private Optional<Set<String>> categories(String text) {
        return rows.stream().filter(r -> r.pattern().matcher(text).matches()).findFirst().map(Row::categories);
    }

    /**
     * "Iranian drones", "Turkish-made UAVs", "Russia's new jets": the state written as an adjective or
     * possessive right before the noun (a state that is the subject of a verb, "Peru bought drones", is not).
     */
    private static Optional<String> modifyingState(SentenceView v, Noun noun) {
        for (Mention m : v.mentions(EntityType.COUNTRY, v.span())) {
            int gap = noun.span().start() - m.span().end();
            String between = gap < 0 ? "" : v.body().substring(m.span().end(), noun.span().start());
            boolean adjective = m.kind() == MentionKind.DEMONYM || MARKED_MODIFIER.matcher(between).find();
            if (gap >= 0 && gap <= MODIFIER_REACH && adjective && MODIFIER_GAP.matcher(between).matches()) {
                return Optional.of(m.entity().name());
            }
        }
        return Optional.empty();
    }

    /** True when the sentence that names {@code m} also names another system of the same candidates. */
    private static boolean sideBySide(AnnotatedDocument doc, Mention m, List<Mention> candidates) {
        Optional<Span> sentence = doc.sentences().stream().map(Sentence::span).filter(s -> s.contains(m.span()))
                .findFirst();
        return sentence.isPresent() && candidates.stream().anyMatch(c -> sentence.get().contains(c.span())
                && !c.entity().name().equals(m.entity().name()));
    }

    /** The system named most often; none on a tie. */
    private static Optional<Mention> dominant(List<Mention> candidates) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Mention> first = new LinkedHashMap<>();
        for (Mention m : candidates) {
            counts.merge(m.entity().name(), 1, Integer::sum);
            first.putIfAbsent(m.entity().name(), m);
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Comparator.comparingInt(Map.Entry<String, Integer>::getValue).reversed()).toList();
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(0).getValue().equals(ranked.get(1).getValue())) {
            return Optional.empty();
        }
        return Optional.of(first.get(ranked.get(0).getKey()));
    }
}
