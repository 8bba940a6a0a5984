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
 * "artillery") as weapons, and a country that acts (the subject of a verb, a possessor, "the
 * government of X", a code before a noun: "U.S. strikes") as an organisation.
 * The terms are data ({@code bench/re3d-terms.tsv}); the layer itself never emits them.
 */
final class Re3dScheme {
    private static final Set<String> VERBS_AFTER_ACTOR = Set.of("has", "have", "had", "is", "was", "will", "would",
            "can", "could", "should", "must", "continues", "remains", "supports", "welcomes", "calls", "condemns",
            "said", "says", "announced", "stands", "shares", "believes", "urges", "provided", "provides");

    record Term(int start, int end, String type) {
        int length() {
            return end - start;
        }
    }

    private static final java.util.regex.Pattern ROLE_FOR = java.util.regex.Pattern.compile(
            "(?:[Tt]he )?(?:[A-Z][a-z]+ )?(?:Minister|Secretary|Envoy|Representative|Ambassador|Commissioner|Coordinator"
                    + "|Advisor|Adviser|Director)(?: of State)? for (?:the )?[A-Z][\\p{L}’'-]*(?: [A-Z][\\p{L}’'-]*)*");
    private static final java.util.regex.Pattern ACTOR_GROUP = java.util.regex.Pattern.compile(
            " (?:security forces|forces|military|government|Government|army|navy|troops|coalition|administration"
                    + "|authorities|regime|people)\\b");

    private static final java.util.regex.Pattern GROUP_OF = java.util.regex.Pattern.compile(
            "(?:[Tt]he )?(?:[Gg]overnment|[Pp]eople|regime|forces|[Pp]resident|leaders|authorities) of $");
    private static final java.util.regex.Pattern REGIME = java.util.regex.Pattern.compile(
            "(?:[’']s)?(?: [a-z]+)? regime\\b");

    /** re3d keeps the longest of nested spans: drop every term inside a longer one. */
    static List<Term> outermost(List<Term> terms) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        List<Term> kept = new ArrayList<>();
        for (Term term : sorted) {
            boolean inside = kept.stream().anyMatch(k -> k.start() <= term.start() && term.end() <= k.end());
            if (!inside) {
                kept.add(term);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return kept;
    }

    private final List<String[]> terms = new ArrayList<>();
    private final java.util.Set<String> titleWords = new java.util.HashSet<>();

    Re3dScheme(Tsv table, Tsv titles) {
        for (Tsv.Row row : titles.rows()) {
            String title = row.get("title");
            for (String word : title.split(" ")) {
                if (Character.isUpperCase(word.charAt(0))) {
                    titleWords.add(word);
                }
            }
            if (title.length() > 3 && !title.endsWith(".")) {
                terms.add(new String[] {"the " + title, "PERSON"});
                terms.add(new String[] {"The " + title, "PERSON"});
                terms.add(new String[] {"the " + title.toLowerCase(java.util.Locale.ROOT), "PERSON"});
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

    /** A country that is the subject of a verb, or named with an article, acts as an organisation in re3d. */
    String retype(String body, Mention mention, String type) {
        if (mention.entity().type() != EntityType.COUNTRY || mention.kind() == dev.dossier.model.MentionKind.METONYM) {
            return type;
        }
        int s = mention.span().start();
        int e = mention.span().end();
        if (s >= 4 && (body.startsWith("the ", s - 4) || body.startsWith("The ", s - 4))) {
            return "ORGANIZATION";
        }
        if (body.startsWith("\u2019s ", e) || body.startsWith("'s ", e)) {
            return "ORGANIZATION";
        }
        boolean code = mention.kind() == dev.dossier.model.MentionKind.CODE;
        if (code && e + 1 < body.length() && (body.charAt(e) == ' ' || body.charAt(e) == '-')
                && Character.isLowerCase(body.charAt(e + 1))) {
            return "ORGANIZATION";
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

    /** re3d's person spans include the title run before the name ("Foreign Office Minister Tobias Ellwood"). */
    Term personWithTitle(String body, Mention mention) {
        int start = mention.span().start();
        int best = start;
        int i = start;
        while (i > 1 && body.charAt(i - 1) == ' ') {
            int wordEnd = i - 1;
            int wordStart = wordEnd;
            while (wordStart > 0 && !Character.isWhitespace(body.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = body.substring(wordStart, wordEnd);
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || word.equals("for") || word.equals("of"))) {
                break;
            }
            if (titleWords.contains(word)) {
                best = wordStart;
            }
            i = wordStart;
        }
        return new Term(best, mention.span().end(), "PERSON");
    }

    List<Term> terms(String body, List<Mention> mentions) {
        boolean[] taken = new boolean[body.length() + 1];
        for (Mention mention : mentions) {
            for (int k = mention.span().start(); k < mention.span().end(); k++) {
                taken[k] = true;
            }
        }
        List<Term> found = new ArrayList<>();
        java.util.regex.Matcher role = ROLE_FOR.matcher(body);
        while (role.find()) {
            found.add(new Term(role.start(), role.end(), "PERSON"));
        }
        for (Mention mention : mentions) {
            if (mention.entity().type() == EntityType.PERSON) {
                java.util.regex.Matcher regime = REGIME.matcher(body).region(mention.span().end(), body.length());
                if (regime.lookingAt()) {
                    found.add(new Term(mention.span().start(), regime.end(), "ORGANIZATION"));
                }
            }
            if (mention.entity().type() == EntityType.COUNTRY) {
                java.util.regex.Matcher of = GROUP_OF.matcher(body.substring(Math.max(0, mention.span().start() - 30),
                        mention.span().start()));
                if (of.find()) {
                    found.add(new Term(mention.span().start() - (of.end() - of.start()), mention.span().end(),
                            "ORGANIZATION"));
                }
                java.util.regex.Matcher group = ACTOR_GROUP.matcher(body).region(mention.span().end(), body.length());
                if (group.lookingAt()) {
                    found.add(new Term(mention.span().start(), group.end(), "ORGANIZATION"));
                }
            }
        }
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
