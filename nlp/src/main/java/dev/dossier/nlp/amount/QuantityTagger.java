package dev.dossier.nlp.amount;

import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MoneyMention;
import dev.dossier.model.Quantity;
import dev.dossier.model.QuantityMention;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.model.TokenKind;
import dev.dossier.nlp.lexicon.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Counted things: a number ("24", "four", "a dozen") or an ordinal after an article ("a second",
 * "the first"), then up to three modifiers (a weapon's name, capitalised words, adjectives),
 * then a unit noun from {@code units.tsv}: "four batteries", "24 Typhoon jets", "180 K2 tanks",
 * "a second regiment" (amount 1, ordinal 2). A number right before a weapon name counts that
 * system ("48 F-16s"). Money, years and time words are never quantities. Counts with a measure word
 * ("66架", "180대") are read by {@link Counters}. Thread-safe.
 */
public final class QuantityTagger {
    static final String RULE = "quantity-v1";
    private static final int MAX_MODIFIERS = 3;

    private final Map<String, String> units = new HashMap<>();
    private final Map<String, Integer> cardinals = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Approximations approximations;
    private final Counters counters;

    public QuantityTagger(Tsv unitTable, Tsv numberWords, Tsv counterTable, Approximations approximations) {
        unitTable.rows().forEach(row -> units.put(row.get("form"), row.get("unit")));
        for (Tsv.Row row : numberWords.rows()) {
            int value = Integer.parseInt(row.get("value"));
            (row.get("kind").equals("ordinal") ? ordinals : cardinals).put(row.get("word"), value);
        }
        this.approximations = approximations;
        this.counters = new Counters(counterTable, units, approximations);
    }

    /** The quantities in {@code body}; {@code numeric} is {@link dev.dossier.nlp.text.Digits#ascii} of it, where counts with a measure word are read. */
    public List<QuantityMention> tag(String body, String numeric, List<Token> tokens, List<Mention> mentions,
            List<MoneyMention> money) {
        Map<Integer, Mention> weaponAt = new HashMap<>();
        for (Mention mention : mentions) {
            if (mention.entity().type() == EntityType.WEAPON) {
                weaponAt.put(mention.span().start(), mention);
            }
        }
        java.util.BitSet moneyChars = new java.util.BitSet(body.length());
        money.forEach(m -> moneyChars.set(m.span().start(), m.span().end()));
        List<QuantityMention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Span span = tokens.get(i).span();
            if (!moneyChars.get(span.start(), span.end()).isEmpty()) {
                continue;
            }
            QuantityMention quantity = quantityAt(body, tokens, i, weaponAt);
            if (quantity != null) {
                found.add(quantity);
                while (i + 1 < tokens.size() && tokens.get(i + 1).span().start() < quantity.span().end()) {
                    i++;
                }
            }
        }
        return withCounted(found, counters.tag(body, numeric, mentions, moneyChars));
    }

    /** Counts with a measure word ("66架") join the others in text order, never overlapping one. */
    private static List<QuantityMention> withCounted(List<QuantityMention> found, List<QuantityMention> counted) {
        if (counted.isEmpty()) {
            return found;
        }
        List<QuantityMention> all = new ArrayList<>(found);
        counted.stream().filter(c -> found.stream().noneMatch(f -> f.span().overlaps(c.span()))).forEach(all::add);
        all.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
        return all;
    }

    private QuantityMention quantityAt(String body, List<Token> tokens, int i, Map<Integer, Mention> weaponAt) {
        String word = tokens.get(i).span().of(body);
        String lower = word.toLowerCase(Locale.ROOT);
        Integer ordinal = null;
        OptionalDouble amount = OptionalDouble.empty();
        if (ordinals.containsKey(lower) && i > 0 && isDeterminer(tokens.get(i - 1).span().of(body))) {
            ordinal = ordinals.get(lower);
            amount = OptionalDouble.of(1);
        } else if (cardinals.containsKey(lower)) {
            amount = OptionalDouble.of(cardinals.get(lower));
        } else if (tokens.get(i).kind() == TokenKind.NUMBER && !yearLike(word)) {
            amount = Numbers.parse(word, false);
        }
        if (amount.isEmpty() || followedByPercentOrTime(body, tokens, i)) {
            return null;
        }
        int last = i;
        if (ordinal == null && i + 1 < tokens.size() && tokens.get(i + 1).span().of(body).equals("dozen")) {
            amount = OptionalDouble.of(amount.getAsDouble() * 12);
            last = i + 1;
        }
        QuantityMention found = unitAfter(body, tokens, i, last, amount.getAsDouble(), ordinal, weaponAt);
        return found == null || ordinal == null ? found : withDeterminer(body, tokens.get(i - 1).span().start(), found);
    }

    /** The unit after the number that starts at token {@code i} and ends at token {@code last}. */
    private QuantityMention unitAfter(String body, List<Token> tokens, int i, int last, double amount, Integer ordinal,
            Map<Integer, Mention> weaponAt) {
        Mention weapon = null;
        int k = last + 1;
        for (int modifiers = 0; k < tokens.size() && modifiers <= MAX_MODIFIERS; modifiers++) {
            Token token = tokens.get(k);
            String text = token.span().of(body);
            String unit = units.get(text);
            int unitEnd = token.span().end();
            if (unit == null && k + 1 < tokens.size()) {
                unit = units.get(text + " " + tokens.get(k + 1).span().of(body));
                unitEnd = tokens.get(k + 1).span().end();
            }
            if (unit != null) {
                return mention(body, tokens.get(i).span().start(), unitEnd, amount, unit, ordinal, weapon);
            }
            Mention here = weaponAt.get(token.span().start());
            if (here != null) {
                weapon = here;
                while (k + 1 < tokens.size() && tokens.get(k + 1).span().start() < here.span().end()) {
                    k++;
                }
            } else if (!isModifier(text)) {
                break;
            }
            k++;
        }
        if (weapon != null && ordinal == null) {
            String unit = weapon.entity().attribute("category").orElse("unit");
            return mention(body, tokens.get(i).span().start(), weapon.span().end(), amount, unit, null, weapon);
        }
        return null;
    }

    private QuantityMention mention(String body, int start, int end, double amount, String unit, Integer ordinal,
            Mention weapon) {
        Span span = new Span(start, end);
        Quantity quantity = new Quantity(amount, unit, approximations.before(body, start));
        Optional<Entity> entity = weapon == null ? Optional.empty() : Optional.of(weapon.entity());
        Optional<Integer> ordinalValue = ordinal == null || ordinal == 0 ? Optional.empty() : Optional.of(ordinal);
        return new QuantityMention(span, span.of(body), quantity, ordinalValue, entity, RULE);
    }

    /** "a second regiment", "the first batch": the article belongs to the ordinal phrase. */
    private static QuantityMention withDeterminer(String body, int start, QuantityMention found) {
        if (!Character.isLetter(body.charAt(start))) {
            return found;
        }
        Span span = new Span(start, found.span().end());
        return new QuantityMention(span, span.of(body), found.quantity(), found.ordinal(), found.entity(), found.rule());
    }

    private static boolean isModifier(String text) {
        char first = text.charAt(0);
        if (Character.isUpperCase(first)) {
            return true;
        }
        return text.length() > 2 && Character.isLetter(first) && (text.contains("-") || text.endsWith("al")
                || text.endsWith("ed") || text.equals("more") || text.equals("new") || text.equals("additional")
                || text.equals("advanced") || text.equals("main") || text.equals("battle") || text.equals("combat")
                || text.equals("fighter") || text.equals("attack") || text.equals("stealth") || text.equals("air")
                || text.equals("defence") || text.equals("defense") || text.equals("missile") || text.equals("used"));
    }

    private static boolean isDeterminer(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("a") || lower.equals("the") || lower.equals("its") || lower.equals("their")
                || lower.equals("an") || lower.equals("'s") || lower.equals("\u2019s") || lower.equals("this");
    }

    private static boolean yearLike(String word) {
        if (word.length() != 4) {
            return false;
        }
        int value = Integer.parseInt(word.chars().allMatch(Character::isDigit) ? word : "0");
        return value >= 1900 && value <= 2100;
    }

    private static boolean followedByPercentOrTime(String body, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return true;
        }
        String next = tokens.get(i + 1).span().of(body).toLowerCase(Locale.ROOT);
        return next.equals("%") || next.equals("percent") || next.equals("per");
    }

}
