package dev.dossier.nlp.attribution;

import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.Span;
import dev.dossier.nlp.lexicon.Tsv;
import dev.dossier.nlp.text.Fold;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a speaker phrase into a {@link Speaker}: a person named in it ("the head of …, Dmitry
 * Shugayev" → Dmitry Shugayev, described as the head of …), else a news agency or organisation,
 * else a description headed by a speaker noun ("a Turkish defence official"). Anaphors ("the
 * official", "he") resolve to the latest matching speaker of the document.
 */
final class SpeakerResolver {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they");
    /** Words that open a clause, never a name: "If Confirmed" is no speaker. */
    private static final Set<String> SUBORDINATORS = Set.of("if", "when", "while", "unless", "although", "though",
            "after", "before", "since", "once", "whether", "as", "but", "and", "so", "in", "on", "at", "by", "for",
            "from", "with", "during", "until", "last", "this", "next", "earlier", "later");
    /** What may follow a name that only modifies the speaker: "administration", "'s office". */
    private static final java.util.regex.Pattern MODIFIED_NAME = java.util.regex.Pattern.compile(
            "(?:['\u2019]s)?(?:\\s+\\p{Ll}[\\p{Ll}-]*){1,2}\\s*");
    private static final java.util.regex.Pattern SINGLE_NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final java.util.regex.Pattern DESCRIPTION = java.util.regex.Pattern.compile(
            "(?i)(?:the|a|an)\\s");
    private static final int MAX_NAME_WORDS = 4;
    /** "the agency": a definite article and one common noun, which names nothing by itself. */
    private static final java.util.regex.Pattern BARE_NOUN = java.util.regex.Pattern.compile(
            "(?i:the)(?: \\p{Ll}+){1,2}");
    private final Set<String> speakerNouns = new HashSet<>();
    private final Set<String> mediaNouns = new HashSet<>();
    /** "company" → the organisation kinds a bare "the company" stands for ({@code speaker-heads.tsv}). */
    private final java.util.Map<String, Set<String>> headKinds = new java.util.HashMap<>();

    SpeakerResolver(Tsv nouns, Tsv media, Tsv heads) {
        nouns.rows().forEach(row -> speakerNouns.add(row.get("word")));
        media.rows().forEach(row -> mediaNouns.add(row.get("word")));
        heads.rows().forEach(row -> headKinds.put(row.get("head"), Set.of(row.get("kinds").split("\\|"))));
    }

    /** A phrase headed by a news-medium noun: "a Moscow business daily", "daily". */
    boolean isMedium(String phrase) {
        return mediaNouns.contains(head(phrase.toLowerCase(Locale.ROOT)));
    }

    Speaker resolve(String body, Span phrase, List<Mention> mentions, History history) {
        String text = trim(phrase.of(body));
        if (text.isEmpty()) {
            return Speaker.none();
        }
        Optional<Speaker> person = person(body, phrase, text, mentions);
        if (person.isPresent()) {
            return person.get();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            return history.lastPerson().orElse(Speaker.none());
        }
        if (isAnaphor(lower)) {
            Optional<Speaker> previous = history.lastWithHead(head(lower))
                    .or(() -> BARE_NOUN.matcher(text).matches()
                            ? namedEarlier(head(lower), phrase.start(), mentions).map(SpeakerResolver::named)
                            : Optional.empty());
            if (previous.isPresent()) {
                return previous.get();
            }
        }
        return body(body, phrase, text, mentions);
    }

    /**
     * A person named in the phrase, with the role around the name; "the Biden administration", where
     * the name only modifies a speaker noun, is the described body instead.
     */
    private Optional<Speaker> person(String body, Span phrase, String text, List<Mention> mentions) {
        Mention person = first(mentions, phrase, EntityType.PERSON);
        List<String> people = all(mentions, phrase, EntityType.PERSON);
        if (people.size() > 1 && text.contains(" and ")) {
            return Optional.of(new Speaker(Optional.of(String.join(" and ", people)), Optional.empty(), Optional.empty()));
        }
        if (person == null) {
            return Optional.empty();
        }
        String after = body.substring(person.span().end(), phrase.end());
        if (MODIFIED_NAME.matcher(after).matches() && hasSpeakerNoun(head(after.toLowerCase(Locale.ROOT)))) {
            return Optional.of(new Speaker(Optional.empty(), Optional.of(text), Optional.empty()));
        }
        Optional<String> role = describedBy(body, phrase, person).or(() -> person.entity().attribute("role"));
        return Optional.of(new Speaker(Optional.of(person.entity().name()), role, Optional.empty()));
    }

    private Speaker body(String body, Span phrase, String text, List<Mention> mentions) {
        String lower = text.toLowerCase(Locale.ROOT);
        Mention agency = first(mentions, phrase, EntityType.NEWS_AGENCY);
        Mention organisation = first(mentions, phrase, EntityType.ORGANISATION);
        Mention body0 = agency != null ? agency : organisation;
        boolean indefinite = lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("one ")
                || lower.startsWith("two ") || lower.startsWith("several ") || lower.startsWith("some ");
        Optional<Speaker> apposed = body0 == null || namedBeforeComma(body, phrase, body0) ? apposed(text)
                : Optional.empty();
        if (apposed.isPresent()) {
            return apposed.get();
        }
        boolean described = body0 == null ? hasSpeakerNoun(lower)
                : hasSpeakerNoun(lower) && (indefinite || describesBeforeName(body, phrase, body0));
        if (described) {
            return new Speaker(Optional.empty(), Optional.of(text), Optional.empty());
        }
        if (organisation != null && agency == null) {
            return new Speaker(Optional.of(organisation.text()), Optional.empty(), Optional.empty());
        }
        Mention named = body0 != null ? body0 : first(mentions, phrase, EntityType.COUNTRY);
        if (body0 == null && named != null && namedAfterPlace(body, phrase, named, mentions)) {
            return new Speaker(Optional.of(text), Optional.empty(), Optional.empty());
        }
        if (named != null) {
            return named(named);
        }
        if (isProperName(text)) {
            return new Speaker(Optional.of(text), Optional.empty(), Optional.empty());
        }
        return singleName(body, phrase, text, mentions);
    }

    /**
     * "the Lima Post", "the Kyiv Independent": a place followed by capitalised words that no lexicon
     * knows is the name of a body (a newspaper, mostly) and not the country itself.
     */
    private static boolean namedAfterPlace(String body, Span phrase, Mention place, List<Mention> mentions) {
        String after = body.substring(place.span().end(), phrase.end()).strip();
        boolean capitalised = !after.isEmpty() && after.split(" ").length <= 2
                && java.util.Arrays.stream(after.split(" ")).allMatch(SINGLE_NAME.asMatchPredicate());
        return capitalised && mentions.stream().noneMatch(m -> m != place && phrase.contains(m.span())
                && m.span().start() >= place.span().end());
    }

    private static Speaker named(Mention mention) {
        return new Speaker(Optional.of(mention.entity().name()), Optional.empty(), Optional.empty());
    }

    /**
     * "Juru Bicara Kementerian Pertahanan, Budi Wirawan": the body is named only in the role before the
     * comma, so the name after it may still be the speaker's.
     */
    private static boolean namedBeforeComma(String body, Span phrase, Mention named) {
        int comma = body.indexOf(", ", phrase.start());
        return comma > 0 && comma < phrase.end() && named.span().end() <= comma;
    }

    /** "procurex, the country's procurement agency": a short name no lexicon knows, then its description. */
    private Optional<Speaker> apposed(String text) {
        int comma = text.indexOf(", ");
        if (comma <= 0) {
            return Optional.empty();
        }
        String name = text.substring(0, comma);
        String description = text.substring(comma + 2);
        if (isProperName(description) && (!isProperName(name) || hasSpeakerNoun(name))) {
            return Optional.of(new Speaker(Optional.of(description), Optional.of(name), Optional.empty()));
        }
        String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
        boolean nameLike = name.split(" ").length <= MAX_NAME_WORDS && !PRONOUNS.contains(first)
                && !SUBORDINATORS.contains(first) && !hasSpeakerNoun(name) && !first.equals("the")
                && !first.equals("a") && !first.equals("an");
        return nameLike && hasSpeakerNoun(description) && DESCRIPTION.matcher(description).lookingAt()
                ? Optional.of(new Speaker(Optional.of(name), Optional.of(description), Optional.empty()))
                : Optional.empty();
    }

    /**
     * A lone capitalised word: the person of the document who bears it ("Geng" for Geng Shuang named
     * earlier), else, where no sentence starts with it ("…,” Sohu adds.), a name as written.
     */
    private static Speaker singleName(String body, Span phrase, String text, List<Mention> mentions) {
        if (!SINGLE_NAME.matcher(text).matches() || SUBORDINATORS.contains(text.toLowerCase(Locale.ROOT))) {
            return Speaker.none();
        }
        Mention bearer = null;
        for (Mention m : mentions) {
            if (m.span().start() < phrase.start() && m.entity().type() == EntityType.PERSON
                    && java.util.Arrays.asList(m.entity().name().split("[ -]")).contains(text)) {
                bearer = m;
            }
        }
        if (bearer != null) {
            return named(bearer);
        }
        String before = body.substring(Math.max(0, phrase.start() - 3), phrase.start()).strip();
        boolean opensSentence = before.isEmpty() || ".!?".indexOf(before.charAt(before.length() - 1)) >= 0;
        return opensSentence ? Speaker.none() : new Speaker(Optional.of(text), Optional.empty(), Optional.empty());
    }

    /**
     * "the agency", "the publication", "the company": the latest body named before {@code offset}
     * that the noun can stand for: a news medium for a medium noun, a body of a kind the noun names
     * ({@code speaker-heads.tsv}: "the company" for a manufacturer), or a body whose name ends in
     * the noun ("the Defense Security Cooperation Agency" for "the agency").
     */
    private Optional<Mention> namedEarlier(String head, int offset, List<Mention> mentions) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.span().end() > offset) {
                break;
            }
            EntityType type = m.entity().type();
            boolean medium = type == EntityType.NEWS_AGENCY && mediaNouns.contains(head);
            boolean body = (type == EntityType.ORGANISATION || type == EntityType.NEWS_AGENCY)
                    && (head(m.text().toLowerCase(Locale.ROOT)).equals(head) || m.entity().attribute("kind")
                    .filter(kind -> headKinds.getOrDefault(head, Set.of()).contains(kind)).isPresent());
            found = medium || body ? m : found;
        }
        return Optional.ofNullable(found);
    }

    /** The first news agency mentioned in {@code span}, if any. */
    static Optional<String> agencyIn(Span span, List<Mention> mentions) {
        if (span == null) {
            return Optional.empty();
        }
        Mention agency = first(mentions, span, EntityType.NEWS_AGENCY);
        return agency == null ? Optional.empty() : Optional.of(agency.entity().name());
    }

    /** "a source close to Rosoboronexport": a speaker noun comes before the named body. */
    private boolean describesBeforeName(String body, Span phrase, Mention named) {
        String head = body.substring(phrase.start(), named.span().start()).toLowerCase(Locale.ROOT);
        return hasSpeakerNoun(head) && (head.startsWith("a ") || head.startsWith("an ") || head.startsWith("one ")
                || head.startsWith("the "));
    }

    boolean hasSpeakerNoun(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (speakerNouns.contains(word) || endsWithUnspacedNoun(word)) {
                return true;
            }
        }
        return false;
    }

    /** Chinese and Japanese write a name and its role as one word ("山田防衛相"): the role ends it. */
    private boolean endsWithUnspacedNoun(String word) {
        if (word.isEmpty() || !Fold.isIdeographic(word.charAt(word.length() - 1))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (speakerNouns.contains(word.substring(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAnaphor(String lower) {
        return lower.startsWith("the ") && lower.split(" ").length <= 3;
    }

    static String head(String lower) {
        String[] words = lower.split("[^\\p{L}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    /** "the head of X, Dmitry Shugayev" → "the head of X"; "Dmitry Shugayev, head of X" → "head of X". */
    private static Optional<String> describedBy(String body, Span phrase, Mention person) {
        String before = trim(body.substring(phrase.start(), person.span().start()));
        String after = trim(body.substring(person.span().end(), phrase.end()));
        String role = before.contains(" ") || !after.contains(" ") ? before : after;
        return role.length() > 3 && role.contains(" ") ? Optional.of(role) : Optional.empty();
    }

    private static List<String> all(List<Mention> mentions, Span range, EntityType type) {
        return mentions.stream().filter(m -> m.entity().type() == type && range.contains(m.span()))
                .map(m -> m.entity().name()).distinct().toList();
    }

    private static Mention first(List<Mention> mentions, Span range, EntityType type) {
        for (Mention mention : mentions) {
            if (mention.entity().type() == type && range.contains(mention.span())) {
                return mention;
            }
        }
        return null;
    }

    /** Two to four capitalised words: a name no lexicon knows ("Hanwha Ocean"). */
    private static boolean isProperName(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || words.length > 4 || SUBORDINATORS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static String trim(String text) {
        return text.replaceAll("^[\\s,;:\u201C\u201D\"'\u2014-]+|[\\s,;:\u201C\u201D\"'\u2014-]+$", "");
    }
}
