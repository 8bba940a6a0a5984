package dev.dossier.nlp.bench;

import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.nlp.lexicon.Tsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where re3d's annotation scheme differs from the language layer's: re3d marks personal pronouns
 * as people, "we" as organisations, a title after "the" ("the Foreign Secretary") as a person and generic weapon and platform nouns ("strikes",
 * "artillery") as weapons, and a country that acts (the subject of a verb) as an organisation.
 * The terms are data ({@code bench/re3d-terms.tsv}); the layer itself never emits them.
 */
final class Re3dScheme {
    private static final Set<String> VERBS_AFTER_ACTOR = Set.of("has", "have", "had", "is", "was", "will", "would",
            "can", "could", "should", "must", "continues", "remains", "supports", "welcomes", "calls", "condemns",
            "said", "says", "announced", "stands", "shares", "believes", "urges", "provided", "provides");

    record Term(int start, int end, String type) {}

    private final List<String[]> terms = new ArrayList<>();

    Re3dScheme(Tsv table, Tsv titles) {
        for (Tsv.Row row : titles.rows()) {
            String title = row.get("title");
            if (title.length() > 3 && !title.endsWith(".")) {
                terms.add(new String[] {"the " + title, "PERSON"});
                terms.add(new String[] {"The " + title, "PERSON"});
            }
        }
        for (Tsv.Row row : table.rows()) {
            terms.add(new String[] {row.get("term"), row.get("type")});
            String term = row.get("term");
            if (Character.isLowerCase(term.charAt(0))) {
                terms.add(new String[] {Character.toUpperCase(term.charAt(0)) + term.substring(1), row.get("type")});
            }
        }
        terms.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
    }

    /** A country that is the subject of a verb acts as an organisation in re3d. */
    String retype(String body, Mention mention, String type) {
        if (mention.entity().type() != EntityType.COUNTRY || mention.kind() == dev.dossier.model.MentionKind.METONYM) {
            return type;
        }
        int i = mention.span().end();
        while (i < body.length() && body.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < body.length() && Character.isLetter(body.charAt(j))) {
            j++;
        }
        return VERBS_AFTER_ACTOR.contains(body.substring(i, j)) ? "ORGANIZATION" : type;
    }

    List<Term> terms(String body, List<Mention> mentions) {
        boolean[] taken = new boolean[body.length() + 1];
        for (Mention mention : mentions) {
            for (int k = mention.span().start(); k < mention.span().end(); k++) {
                taken[k] = true;
            }
        }
        List<Term> found = new ArrayList<>();
        for (String[] term : terms) {
            int from = 0;
            int at;
            while ((at = body.indexOf(term[0], from)) >= 0) {
                int end = at + term[0].length();
                from = end;
                if (boundary(body, at - 1) && boundary(body, end) && free(taken, at, end)) {
                    found.add(new Term(at, end, term[1]));
                    for (int k = at; k < end; k++) {
                        taken[k] = true;
                    }
                }
            }
        }
        return found;
    }

    private static boolean boundary(String body, int i) {
        return i < 0 || i >= body.length() || !Character.isLetterOrDigit(body.charAt(i));
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int k = start; k < end; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }
}
