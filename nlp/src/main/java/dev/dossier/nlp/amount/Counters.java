package dev.dossier.nlp.amount;

import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.Quantity;
import dev.dossier.model.QuantityMention;
import dev.dossier.model.Span;
import dev.dossier.nlp.lexicon.Tsv;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts written with a measure word, as Chinese, Japanese and Korean write them: the number
 * touches its counter ("66架", "108輛", "3套", "20機", "180대"), which the tokenizer keeps inside
 * one word with the text around it. The thing counted is the weapon or counted noun right after
 * the counter (Chinese "66架F-16V战机") or right before the number (Korean "K2 전차 180대",
 * Japanese "戦闘機42機"); failing both, the counter's own unit ("架": aircraft). A word between
 * number and counter ("100余架", "30多架") or an approximation before the number ("约", "近")
 * makes the count approximate. An ordinal ("第2批") is no count. Counters and their units are
 * data ({@code counters.tsv}); the counted nouns are those of {@code units.tsv}. Thread-safe.
 */
final class Counters {
    static final String RULE = "quantity-counter-v1";
    /** How far before the number a weapon may be named ("K2 전차 180대"), in characters. */
    private static final int WEAPON_BEFORE_CHARS = 12;
    /** How far after the counter a weapon may begin ("66架 F-16V"), in characters. */
    private static final int WEAPON_AFTER_CHARS = 2;
    private static final int MIN_NOUN_CHARS = 2;

    private final Map<String, String> counterUnits = new HashMap<>();
    private final Map<String, String> nouns;
    private final Approximations approximations;
    private final Pattern pattern;

    Counters(Tsv counters, Map<String, String> nouns, Approximations approximations) {
        List<String> approximate = new ArrayList<>();
        for (Tsv.Row row : counters.rows()) {
            if (row.get("kind").equals("approximate")) {
                approximate.add(row.get("form"));
            } else {
                counterUnits.put(row.get("form"), row.get("unit"));
            }
        }
        this.nouns = Map.copyOf(nouns);
        this.approximations = approximations;
        pattern = Pattern.compile("(?<![\\d.,第\\-\\p{IsLatin}])(?<n>\\d+(?:[.,]\\d+)?)\\s?(?<a>" + MoneyTagger.alternation(approximate)
                + ")?\\s?(?<c>" + MoneyTagger.alternation(counterUnits.keySet()) + ")");
    }

    /** The counts in {@code body} (read in {@code numeric}, its digits as ASCII), none inside a money figure. */
    List<QuantityMention> tag(String body, String numeric, List<Mention> mentions, BitSet moneyChars) {
        List<QuantityMention> found = new ArrayList<>();
        if (!holdsACounter(numeric)) {
            return found;
        }
        Matcher m = pattern.matcher(numeric);
        while (m.find()) {
            if (!moneyChars.get(m.start(), m.end()).isEmpty()) {
                continue;
            }
            OptionalDouble amount = Numbers.parse(m.group("n"), false);
            if (amount.isPresent()) {
                found.add(count(body, m, amount.getAsDouble(), mentions));
            }
        }
        return found;
    }

    /**
     * Whether {@code text} holds a counter form. Every count ends in one ("180대"), so a text without
     * one (most texts not in Chinese, Japanese or Korean) has none, and the pattern, which would try its
     * look-behind at every character, need not run.
     */
    private boolean holdsACounter(String text) {
        if (counterUnits.isEmpty()) {
            return true; // the pattern's counter group then matches the empty string
        }
        for (String form : counterUnits.keySet()) {
            if (text.contains(form)) {
                return true;
            }
        }
        return false;
    }

    private QuantityMention count(String body, Matcher m, double amount, List<Mention> mentions) {
        int start = m.start();
        int end = m.end();
        Optional<Mention> weapon = weaponAfter(end, mentions).or(() -> weaponBefore(body, start, mentions));
        Optional<String> after = nounAt(body, end, true);
        Optional<String> before = nounAt(body, start, false);
        String unit = after.or(() -> before).map(nouns::get)
                .or(() -> weapon.flatMap(w -> w.entity().attribute("category")))
                .orElse(counterUnits.get(m.group("c")));
        int spanEnd = after.map(noun -> end + noun.length()).orElse(end);
        if (weapon.isPresent() && weapon.get().span().start() >= end) {
            spanEnd = Math.max(spanEnd, weapon.get().span().end());
        }
        boolean approximate = m.group("a") != null || approximations.before(body, start);
        Span span = new Span(start, spanEnd);
        Optional<Entity> entity = weapon.map(Mention::entity);
        return new QuantityMention(span, span.of(body), new Quantity(amount, unit, approximate), Optional.empty(),
                entity, RULE);
    }

    /** The longest counted noun that starts at {@code at} ({@code forward}) or ends there. */
    private Optional<String> nounAt(String body, int at, boolean forward) {
        int from = at;
        if (!forward) {
            while (from > 0 && body.charAt(from - 1) == ' ') {
                from--;
            }
        }
        final int edge = from;
        return nouns.keySet().stream().filter(noun -> noun.length() >= MIN_NOUN_CHARS)
                .filter(noun -> forward ? body.startsWith(noun, edge) : edge >= noun.length()
                        && body.startsWith(noun, edge - noun.length()))
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
    }

    private static Optional<Mention> weaponAfter(int end, List<Mention> mentions) {
        return mentions.stream().filter(x -> x.entity().type() == EntityType.WEAPON)
                .filter(x -> x.span().start() >= end && x.span().start() <= end + WEAPON_AFTER_CHARS).findFirst();
    }

    /** Nothing but spaces or one counted noun between a weapon and its number ("K2 전차 180대"). */
    private boolean onlyNounBetween(String between) {
        String noun = between.strip();
        return noun.isEmpty() || nouns.containsKey(noun);
    }

    /** The weapon named right before the number, or before the counted noun right before it. */
    private Optional<Mention> weaponBefore(String body, int start, List<Mention> mentions) {
        return mentions.stream().filter(x -> x.entity().type() == EntityType.WEAPON)
                .filter(x -> x.span().end() <= start && x.span().end() >= start - WEAPON_BEFORE_CHARS)
                .filter(x -> onlyNounBetween(body.substring(x.span().end(), start)))
                .max(Comparator.comparingInt(x -> x.span().end()));
    }
}
