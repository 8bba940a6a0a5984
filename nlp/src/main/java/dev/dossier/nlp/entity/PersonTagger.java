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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People from cues and capitalisation: a run of capitalised words is a person when a title
 * precedes it ("Defence Minister Hulusi Akar", kept as the {@code role} attribute), when it
 * starts with a known given name, or when a speech verb or an appositive stands next to it.
 * Later mentions of the surname alone ("Akar") become {@link MentionKind#SHORT} mentions of the
 * same entity ({@code person:hulusi-akar}). Thread-safe.
 */
public final class PersonTagger {
    static final String RULE = "person-cue-v1";
    static final String SHORT_RULE = "person-short-v1";
    private static final int MAX_NAME_TOKENS = 4;
    private static final int MAX_ROLE_TOKENS = 10;
    private static final Set<String> STOPS = Set.of(",", ".", ";", ":", "(", ")", "\u201C", "\u201D", "\"");
    private static final Set<String> PARTICLES = Set.of("al", "bin", "ibn", "de", "da", "van", "von", "der",
            "del", "la", "le", "el", "du", "dos", "di", "bint", "ul", "abu", "ben");

    private final Set<String> titles = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> nonNameWords = new HashSet<>();
    private final Set<String> speechVerbs = new HashSet<>();
    private final Set<String> roleWords = new HashSet<>();

    public PersonTagger(Tsv titles, Tsv givenNames, Tsv nonNameWords, Tsv speechVerbs) {
        titles.rows().forEach(row -> this.titles.add(row.get("title")));
        this.titles.forEach(title -> {
            if (!title.contains(".") && !title.contains(" ")) {
                roleWords.add(title.toLowerCase(java.util.Locale.ROOT));
            }
        });
        givenNames.rows().forEach(row -> this.givenNames.add(row.get("name")));
        nonNameWords.rows().forEach(row -> this.nonNameWords.add(row.get("word")));
        speechVerbs.rows().forEach(row -> this.speechVerbs.add(row.get("verb")));
    }

    /** People in {@code body}; {@code taken} are lexicon mentions, which never belong to a name. */
    public List<Mention> tag(String body, List<Token> tokens, List<Mention> taken) {
        boolean[] blocked = blockedTokens(tokens, taken);
        Map<String, Entity> people = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        Set<String> alone = aloneWords(body, tokens, blocked);
        int i = 0;
        while (i < tokens.size()) {
            int end = runEnd(body, tokens, blocked, i);
            if (end > i) {
                findPerson(body, tokens, i, end, people, mentions, alone, taken);
                i = end;
            } else {
                i++;
            }
        }
        List<Mention> known = new ArrayList<>(mentions);
        taken.stream().filter(m -> m.entity().type() == EntityType.PERSON && m.kind() == MentionKind.NAME)
                .forEach(known::add);
        mentions.addAll(shortMentions(body, tokens, blocked, known));
        List<Mention> linked = linkSurnames(mentions, known);
        linked.sort((a, b) -> a.span().compareTo(b.span()));
        return linked;
    }

    /** "Minister Ellwood" and "Tobias Ellwood" in one text are one person: the surname links to the full name. */
    private static List<Mention> linkSurnames(List<Mention> mentions, List<Mention> known) {
        Map<String, Entity> full = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention mention : known) {
            String name = mention.entity().name();
            int space = name.lastIndexOf(' ');
            if (space > 0) {
                Entity previous = full.put(name.substring(space + 1), mention.entity());
                if (previous != null && !previous.equals(mention.entity())) {
                    ambiguous.add(name.substring(space + 1));
                }
            }
        }
        List<Mention> linked = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            String name = mention.entity().name();
            Entity target = name.contains(" ") || ambiguous.contains(name) ? null : full.get(name);
            linked.add(target == null ? mention
                    : new Mention(mention.span(), mention.text(), target, MentionKind.SHORT, SHORT_RULE));
        }
        return linked;
    }

    static boolean[] blockedTokens(List<Token> tokens, List<Mention> taken) {
        boolean[] blocked = new boolean[tokens.size()];
        int m = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Span span = tokens.get(t).span();
            while (m < taken.size() && taken.get(m).span().end() <= span.start()) {
                m++;
            }
            blocked[t] = m < taken.size() && taken.get(m).span().overlaps(span);
        }
        return blocked;
    }

    /** End (exclusive) of a run of capitalised words starting at {@code start}, or {@code start}. */
    private int runEnd(String body, List<Token> tokens, boolean[] blocked, int start) {
        int end = start;
        while (end < tokens.size() && !blocked[end]) {
            String text = tokens.get(end).span().of(body);
            boolean capitalised = tokens.get(end).kind() == TokenKind.WORD
                    && (Character.isUpperCase(text.charAt(0)) || end > start && particleName(text));
            boolean particle = end > start && PARTICLES.contains(text) && end + 1 < tokens.size()
                    && Character.isUpperCase(tokens.get(end + 1).span().of(body).charAt(0));
            if (!(capitalised || particle) || (end > start && gapAfter(body, tokens, end - 1))) {
                break;
            }
            end++;
        }
        return end;
    }

    /** True when anything but one space separates token {@code i} from the next. */
    private static boolean gapAfter(String body, List<Token> tokens, int i) {
        int from = tokens.get(i).span().end();
        int to = tokens.get(i + 1).span().start();
        return to - from != 1 || body.charAt(from) != ' ';
    }

    private void findPerson(String body, List<Token> tokens, int start, int end, Map<String, Entity> people,
            List<Mention> mentions, Set<String> alone, List<Mention> taken) {
        int nameStart = titleEnd(body, tokens, start, end);
        int nameEnd = nameStart;
        while (nameEnd < end && nameEnd - nameStart < MAX_NAME_TOKENS
                && !nonNameWords.contains(tokens.get(nameEnd).span().of(body))
                && !titles.contains(tokens.get(nameEnd).span().of(body))) {
            nameEnd++;
        }
        int count = nameEnd - nameStart;
        if (count == 0) {
            return;
        }
        String name = body.substring(tokens.get(nameStart).span().start(), tokens.get(nameEnd - 1).span().end());
        boolean titled = nameStart > start;
        if (!titled && isAcronym(tokens.get(nameStart).span().of(body))) {
            return;
        }
        boolean person = (titled && count <= 3) || people.containsKey(name)
                || (count >= 2 && givenNames.contains(tokens.get(nameStart).span().of(body)))
                || (count >= 2 && count <= 3 && (speechCue(body, tokens, nameStart, nameEnd)
                        || alone.contains(tokens.get(nameEnd - 1).span().of(body))));
        if (!person) {
            return;
        }
        String role = titled ? countryBefore(body, taken, tokens.get(start).span().start())
                + body.substring(tokens.get(start).span().start(), tokens.get(nameStart - 1).span().end())
                : appositive(body, tokens, nameStart, nameEnd);
        Entity entity = people.computeIfAbsent(name, key -> newPerson(key, role));
        Span span = new Span(tokens.get(nameStart).span().start(), tokens.get(nameEnd - 1).span().end());
        mentions.add(new Mention(span, name, entity, MentionKind.NAME, RULE));
    }

    private static Entity newPerson(String name, String role) {
        Map<String, String> attributes = new HashMap<>();
        if (role != null) {
            attributes.put("role", role);
        }
        return new Entity("person:" + Lexicon.slug(name), name, EntityType.PERSON, List.of(), attributes);
    }

    /**
     * Index after the last title in the run ("Navy Capt. Jeff Davis" → after "Capt."), taking the
     * longest title that ends there ("Defence Minister"), or {@code start} when there is none.
     */
    private int titleEnd(String body, List<Token> tokens, int start, int end) {
        int best = start;
        for (int from = start; from < end - 1; from++) {
            for (int k = from + 1; k <= Math.min(end - 1, from + 5); k++) {
                String candidate = body.substring(tokens.get(from).span().start(), tokens.get(k - 1).span().end());
                if (titles.contains(candidate) && k > best) {
                    best = k;
                }
            }
        }
        return best;
    }

    /** "Turkish " or "Russia’s " when a country names the title's state: "Turkish Defence Minister". */
    private static String countryBefore(String body, List<Mention> taken, int titleStart) {
        for (Mention mention : taken) {
            if (mention.entity().type() != EntityType.COUNTRY || mention.span().end() > titleStart) {
                continue;
            }
            String between = body.substring(mention.span().end(), titleStart);
            if (between.equals(" ") || between.equals("'s ") || between.equals("\u2019s ")) {
                return body.substring(mention.span().start(), titleStart);
            }
        }
        return "";
    }

    /** A role beside the name: "Ivan Petrov, head of the agency," or "the head of the agency, Ivan Petrov". */
    private String appositive(String body, List<Token> tokens, int nameStart, int nameEnd) {
        if (nameEnd + 1 < tokens.size() && tokens.get(nameEnd).span().of(body).equals(",")) {
            int k = nameEnd + 1;
            while (k < tokens.size() && k - nameEnd <= MAX_ROLE_TOKENS && !STOPS.contains(tokens.get(k).span().of(body))) {
                k++;
            }
            String role = roleText(body, tokens, nameEnd + 1, k);
            if (role != null) {
                return role;
            }
        }
        if (nameStart >= 2 && tokens.get(nameStart - 1).span().of(body).equals(",")) {
            int k = nameStart - 1;
            while (k > 0 && nameStart - k <= MAX_ROLE_TOKENS && !STOPS.contains(tokens.get(k - 1).span().of(body))
                    && !speechVerbs.contains(tokens.get(k - 1).span().of(body))
                    && !tokens.get(k - 1).span().of(body).equals("cited")) {
                k--;
            }
            return roleText(body, tokens, k, nameStart - 1);
        }
        return null;
    }

    private String roleText(String body, List<Token> tokens, int from, int to) {
        if (to <= from) {
            return null;
        }
        for (int k = from; k < to; k++) {
            if (roleWords.contains(tokens.get(k).span().of(body).toLowerCase(java.util.Locale.ROOT))) {
                return body.substring(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
            }
        }
        return null;
    }

    /** Capitalised words that also stand alone (not beside another capitalised word): surnames reused. */
    private static Set<String> aloneWords(String body, List<Token> tokens, boolean[] blocked) {
        Set<String> alone = new HashSet<>();
        for (int t = 1; t < tokens.size(); t++) {
            if (blocked[t] || !capital(body, tokens.get(t)) || capital(body, tokens.get(t - 1))
                    || t + 1 < tokens.size() && capital(body, tokens.get(t + 1))) {
                continue;
            }
            String previous = tokens.get(t - 1).span().of(body);
            if (!previous.equals(".") && !previous.equals("\u201C") && !previous.equals("\"")) {
                alone.add(tokens.get(t).span().of(body));
            }
        }
        return alone;
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-');
    }

    private static boolean capital(String body, Token token) {
        return token.kind() == TokenKind.WORD && Character.isUpperCase(body.charAt(token.span().start()));
    }

    /** "al-Abadi", "bin-Salman": a lower-case particle joined to a capitalised name. */
    private static boolean particleName(String text) {
        int hyphen = text.indexOf('-');
        return hyphen > 0 && hyphen <= 4 && hyphen + 1 < text.length() && Character.isUpperCase(text.charAt(hyphen + 1))
                && PARTICLES.contains(text.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT));
    }

    private boolean speechCue(String body, List<Token> tokens, int start, int end) {
        if (end < tokens.size() && speechVerbs.contains(tokens.get(end).span().of(body))) {
            return true;
        }
        if (end + 1 < tokens.size() && tokens.get(end).span().of(body).equals(",")) {
            String next = tokens.get(end + 1).span().of(body);
            if (next.equals("the") || next.equals("a") || next.equals("an") || next.equals("who")) {
                return true;
            }
        }
        if (start > 0) {
            String previous = tokens.get(start - 1).span().of(body);
            return speechVerbs.contains(previous) || previous.equals("to") && start > 1
                    && tokens.get(start - 2).span().of(body).equals("according");
        }
        return false;
    }

    private List<Mention> shortMentions(String body, List<Token> tokens, boolean[] blocked, List<Mention> full) {
        Map<String, Entity> bySurname = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention mention : full) {
            String name = mention.entity().name();
            int space = name.lastIndexOf(' ');
            if (space > 0) {
                String surname = name.substring(space + 1);
                Entity previous = bySurname.put(surname, mention.entity());
                if (previous != null && !previous.equals(mention.entity())) {
                    ambiguous.add(surname);
                }
            }
        }
        java.util.BitSet fullChars = new java.util.BitSet(body.length());
        full.forEach(m -> fullChars.set(m.span().start(), m.span().end()));
        List<Mention> shorts = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (blocked[t] || token.kind() != TokenKind.WORD || !Character.isUpperCase(body.charAt(token.span().start()))) {
                continue;
            }
            String text = token.span().of(body);
            Entity entity = bySurname.get(text);
            if (entity != null && !ambiguous.contains(text)
                    && fullChars.get(token.span().start(), token.span().end()).isEmpty()) {
                shorts.add(new Mention(token.span(), text, entity, MentionKind.SHORT, SHORT_RULE));
            }
        }
        return shorts;
    }

}
