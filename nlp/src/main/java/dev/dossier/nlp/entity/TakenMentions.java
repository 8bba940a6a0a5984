package dev.dossier.nlp.entity;

import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mentions found before a tagging pass, indexed by the positions that pass looks up, so that
 * each look-up costs the same however long the document (scanning every mention for each
 * capitalised run made a 4 MB text take twenty times a 1 MB one).
 */
final class TakenMentions {
    private final Set<Integer> personStarts = new HashSet<>();
    /** The first country mention (in the list's order) ending at each offset. */
    private final Map<Integer, Integer> countryByEnd = new HashMap<>();
    private final List<Mention> mentions;

    TakenMentions(List<Mention> mentions) {
        this.mentions = mentions;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.entity().type() == EntityType.PERSON) {
                personStarts.add(m.span().start());
            } else if (m.entity().type() == EntityType.COUNTRY) {
                countryByEnd.putIfAbsent(m.span().end(), i);
            }
        }
    }

    boolean personStartsAt(int offset) {
        return personStarts.contains(offset);
    }

    /**
     * The country right before {@code start}, separated by one space or a possessive
     * ("Spain's Defence Ministry", "Indian Army"), or null. Where two qualify, the earlier in
     * the mention list wins.
     */
    Mention countryBefore(String body, int start) {
        Integer bySpace = start >= 1 && body.startsWith(" ", start - 1) ? countryByEnd.get(start - 1) : null;
        Integer byPossessive = start >= 3 && (body.startsWith("'s ", start - 3) || body.startsWith("\u2019s ", start - 3))
                ? countryByEnd.get(start - 3) : null;
        if (bySpace == null && byPossessive == null) {
            return null;
        }
        int index = bySpace == null ? byPossessive : byPossessive == null ? bySpace : Math.min(bySpace, byPossessive);
        return mentions.get(index);
    }
}
