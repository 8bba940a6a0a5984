package dev.dossier.nlp.entity;

import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.Span;
import dev.dossier.nlp.lexicon.Lexicon;
import dev.dossier.nlp.lexicon.Match;
import dev.dossier.nlp.lexicon.Tsv;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Countries, organisations and weapon systems from the lexicons. A weak alias ("Leopard",
 * "Patriot") counts only when the same entity is also named strongly in the document, or a
 * category word follows it ("Leopard tanks", "Patriot batteries"), or a number precedes it.
 * Thread-safe.
 */
public final class LexiconTagger {
    static final String RULE = "lexicon-v1";
    /** How many words may stand between a weak name and its category noun ("self-propelled" is two). */
    private static final int MAX_WORDS_TO_CATEGORY = 4;

    private final Lexicon lexicon;
    private final Set<String> categoryWords = new HashSet<>();

    public LexiconTagger(Lexicon lexicon, Tsv categoryWords) {
        this.lexicon = lexicon;
        categoryWords.rows().forEach(row -> this.categoryWords.add(row.get("word")));
    }

    public List<Mention> tag(String body) {
        List<Match> matches = lexicon.gazetteer().find(body);
        Set<Entity> strong = new HashSet<>();
        for (Match match : matches) {
            if (!match.alias().weak()) {
                strong.add(match.alias().entity());
            }
        }
        List<Mention> mentions = new ArrayList<>();
        Match previous = null;
        for (Match match : matches) {
            boolean foreign = otherCountrysForce(body, previous, match);
            previous = match;
            if (foreign) {
                continue;
            }
            if (!match.alias().weak() || strong.contains(match.alias().entity()) || supported(body, match)) {
                Span span = new Span(match.start(), match.end());
                mentions.add(new Mention(span, span.of(body), match.alias().entity(), match.alias().kind(), RULE));
            }
        }
        return mentions;
    }

    /**
     * "Philippine Marine Corps": an armed force of one country right after another country's
     * name or demonym is that other country's force, which this lexicon does not list.
     */
    private static boolean otherCountrysForce(String body, Match previous, Match match) {
        if (previous == null || previous.alias().entity().type() != EntityType.COUNTRY
                || !match.alias().entity().attribute("kind").equals(java.util.Optional.of("armed-force"))
                || !body.substring(previous.end(), match.start()).equals(" ")) {
            return false;
        }
        return match.alias().entity().attribute("country_id").map(id -> !id.equals(previous.alias().entity().id()))
                .orElse(false);
    }

    /** A category word within the next few words ("Leopard main battle tanks"), or a number before it. */
    private boolean supported(String body, Match match) {
        int at = match.end();
        for (int word = 0; word < MAX_WORDS_TO_CATEGORY; word++) {
            int from = skipSpaces(body, at);
            String next = wordAt(body, from);
            if (next.isEmpty()) {
                break;
            }
            if (categoryWords.contains(next.toLowerCase(Locale.ROOT))) {
                return true;
            }
            at = from + next.length();
        }
        int before = match.start() - 1;
        while (before >= 0 && body.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && Character.isDigit(body.charAt(before));
    }

    private static int skipSpaces(String body, int from) {
        int i = from;
        while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    private static String wordAt(String body, int from) {
        int i = from;
        while (i < body.length() && Character.isLetter(body.charAt(i))) {
            i++;
        }
        return body.substring(from, i);
    }
}
