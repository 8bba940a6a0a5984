package dev.dossier.nlp.entity;

import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.model.TokenKind;
import dev.dossier.nlp.lexicon.Lexicon;
import dev.dossier.nlp.lexicon.Tsv;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entities no lexicon lists, from the shape of the text: a vessel after a navy prefix ("HMS
 * Daring"), an organisation whose capitalised name ends in a head word ("Polish Armament
 * Agency", "Ministry of Defence"), a place named by its head word ("Diyala Province", "Camp
 * Taji") or after a locative preposition ("near Qayyarah").
 * Runs after the lexicons and people, and never overlaps them. Thread-safe.
 */
public final class ShapeTagger {
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "de", "al");
    private static final Set<String> LOCATIVES = Set.of("in", "near", "around", "outside", "from", "at", "across",
            "into", "towards", "toward", "northern", "southern", "eastern", "western", "central");
    private static final int MAX_RUN = 7;
    private static final String DESIGNATION_RULE = "designation-shape-v1";
    /** Words that end the stretch where a designation's category noun may follow. */
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "its", "their", "the", "a", "an", "of", "to",
            "in", "on", "for", "with", "from", "by", "at", "as", "that", "which", "is", "are", "was", "were");

    private final Set<String> orgHeads = new HashSet<>();
    private final Set<String> shipPrefixes = new HashSet<>();
    private final Set<String> nonNameWords = new HashSet<>();
    private final Set<String> placeFirst = new HashSet<>();
    private final Set<String> placeLast = new HashSet<>();
    private final Set<String> categoryWords = new HashSet<>();
    /** Words a designation's category noun may lie after ("ATMOS self-propelled howitzers": three). */
    private static final int MAX_WORDS_TO_CATEGORY = 4;

    public ShapeTagger(Tsv orgHeads, Tsv shipPrefixes, Tsv nonNameWords, Tsv placeHeads, Tsv categoryWords) {
        categoryWords.rows().forEach(row -> this.categoryWords.add(row.get("word")));
        for (Tsv.Row row : placeHeads.rows()) {
            (row.get("position").equals("first") ? placeFirst : placeLast).add(row.get("word"));
        }
        orgHeads.rows().forEach(row -> this.orgHeads.add(row.get("word")));
        shipPrefixes.rows().forEach(row -> this.shipPrefixes.add(row.get("prefix")));
        nonNameWords.rows().forEach(row -> this.nonNameWords.add(row.get("word")));
    }

    public List<Mention> tag(String body, List<Token> tokens, List<Mention> taken) {
        List<Mention> found = tag(body, tokens, taken, Set.of());
        Set<String> confirmed = new HashSet<>();
        found.stream().filter(m -> m.rule().equals(DESIGNATION_RULE)).forEach(m -> confirmed.add(m.text()));
        return confirmed.isEmpty() ? found : tag(body, tokens, taken, confirmed);
    }

    /** One pass; {@code confirmed} designations count without a category noun ("the KX-90 arrived"). */
    private List<Mention> tag(String body, List<Token> tokens, List<Mention> mentions, Set<String> confirmed) {
        boolean[] blocked = PersonTagger.blockedTokens(tokens, mentions);
        TakenMentions taken = new TakenMentions(mentions);
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = blocked[i] || !capitalised(body, tokens.get(i)) ? i : runEnd(body, tokens, blocked, i);
            if (end > i && beforePerson(tokens, end, taken)) {
                i = end;
            } else if (end > i) {
                Mention mention = classify(body, tokens, i, end, taken, confirmed);
                if (mention != null) {
                    found.add(mention);
                }
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    /** A capitalised run right before a person's name is the person's title ("Navy Capt." Jeff Davis). */
    private static boolean beforePerson(List<Token> tokens, int end, TakenMentions taken) {
        return end < tokens.size() && taken.personStartsAt(tokens.get(end).span().start());
    }

    private Mention classify(String body, List<Token> tokens, int start, int end, TakenMentions taken,
            Set<String> confirmed) {
        String first = tokens.get(start).span().of(body);
        if (shipPrefixes.contains(first) && end - start >= 2) {
            return mention(body, tokens, start, end, EntityType.WEAPON, "weapon:", "ship-name-v1",
                    Map.of("category", "ship"));
        }
        String last = tokens.get(end - 1).span().of(body);
        if (end - start >= 2 && (placeFirst.contains(first) || placeLast.contains(last))) {
            return mention(body, tokens, start, end, EntityType.LOCATION, "location:", "place-shape-v1", Map.of());
        }
        for (int k = end - 1; k >= start; k--) {
            if (orgHeads.contains(tokens.get(k).span().of(body))) {
                return end - start >= 2 || k > start ? organisation(body, tokens, start, end, taken) : null;
            }
        }
        Mention designation = designation(body, tokens, start, end, confirmed);
        if (designation != null) {
            return designation;
        }
        String previous = start > 0 ? tokens.get(start - 1).span().of(body) : "";
        if (LOCATIVES.contains(previous) && !nonNameWords.contains(first) && end - start <= 3) {
            return mention(body, tokens, start, end, EntityType.LOCATION, "location:", "location-cue-v1", Map.of());
        }
        return null;
    }

    /**
     * A system no lexicon lists: a designation ("ATMOS", "K239", "KTSSM-II") ending the run, with a
     * weapon category noun within the next few words ("eight ATMOS self-propelled howitzers").
     */
    private Mention designation(String body, List<Token> tokens, int start, int end, Set<String> confirmed) {
        int first = end;
        while (first > start && designationShape(tokens.get(first - 1).span().of(body))) {
            first--;
        }
        if (first == end) {
            return null;
        }
        String name = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end()).of(body);
        if (!confirmed.contains(name) && !categoryAfter(body, tokens, end)) {
            return null;
        }
        return mention(body, tokens, first, end, EntityType.WEAPON, "weapon:", DESIGNATION_RULE, Map.of());
    }

    /** Two or more capitals and no lower-case letter, or a capital with digits: "ATMOS", "K239", "KTSSM-II". */
    private static boolean designationShape(String word) {
        int upper = 0;
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper += Character.isUpperCase(c) ? 1 : 0;
            digit |= Character.isDigit(c);
        }
        return upper >= 2 || upper == 1 && digit;
    }

    private boolean categoryAfter(String body, List<Token> tokens, int end) {
        for (int k = end; k < tokens.size() && k < end + MAX_WORDS_TO_CATEGORY + 2; k++) {
            String word = tokens.get(k).span().of(body);
            if (categoryWords.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            if (tokens.get(k).kind() != TokenKind.WORD && !word.equals("-") || FUNCTION_WORDS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * An organisation named by shape; a country right before it ("Spain's Defence Ministry",
     * "Indian Army") gives it a country and keeps its id apart from other countries' ministries.
     */
    private Mention organisation(String body, List<Token> tokens, int from, int end, TakenMentions taken) {
        int start = end - from >= 3 && tokens.get(from).span().of(body).equals("The") ? from + 1 : from;
        Mention country = taken.countryBefore(body, tokens.get(start).span().start());
        if (country == null) {
            return mention(body, tokens, start, end, EntityType.ORGANISATION, "org:", "org-shape-v1", Map.of());
        }
        String iso2 = country.entity().attribute("iso2").orElse("xx").toLowerCase(java.util.Locale.ROOT);
        return mention(body, tokens, start, end, EntityType.ORGANISATION, "org:" + iso2 + "-", "org-shape-v1",
                Map.of("country", country.entity().name(), "country_id", country.entity().id()));
    }

    private int runEnd(String body, List<Token> tokens, boolean[] blocked, int start) {
        int end = start + 1;
        while (end < tokens.size() && end - start < MAX_RUN && !blocked[end] && singleSpace(body, tokens, end)) {
            Token token = tokens.get(end);
            String text = token.span().of(body);
            boolean connector = CONNECTORS.contains(text) && end + 1 < tokens.size() && !blocked[end + 1]
                    && capitalised(body, tokens.get(end + 1))
                    && !(text.equals("on") && datesTheClause(body, tokens.get(end + 1)));
            if (!capitalised(body, token) && !connector) {
                break;
            }
            end++;
        }
        while (end - 1 > start && CONNECTORS.contains(tokens.get(end - 1).span().of(body))) {
            end--;
        }
        return end;
    }

    /**
     * "the ministry on Thursday", "arriving in Gdansk on March 3": a day or a month (a listed
     * non-name word) after "on" dates the clause, it is not part of a name.
     */
    private boolean datesTheClause(String body, Token token) {
        String word = token.span().of(body);
        return word.endsWith("day") && word.length() >= 6 && word.length() <= 9 || nonNameWords.contains(word);
    }

    private static boolean singleSpace(String body, List<Token> tokens, int i) {
        int from = tokens.get(i - 1).span().end();
        int to = tokens.get(i).span().start();
        return to - from == 1 && body.charAt(from) == ' ';
    }

    private static boolean capitalised(String body, Token token) {
        return token.kind() == TokenKind.WORD && Character.isUpperCase(body.charAt(token.span().start()));
    }

    private static Mention mention(String body, List<Token> tokens, int start, int end, EntityType type,
            String idPrefix, String rule, Map<String, String> attributes) {
        Span span = new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
        String name = span.of(body);
        Entity entity = new Entity(idPrefix + Lexicon.slug(name), name, type, List.of(), attributes);
        return new Mention(span, name, entity, MentionKind.NAME, rule);
    }
}
