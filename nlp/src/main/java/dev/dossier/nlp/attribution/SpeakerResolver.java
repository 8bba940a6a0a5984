package dev.dossier.nlp.attribution;

import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.Span;
import dev.dossier.nlp.lexicon.Tsv;
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
            "after", "before", "since", "once", "whether", "as", "but", "and", "so");
    private final Set<String> speakerNouns = new HashSet<>();
    private final Set<String> mediaNouns = new HashSet<>();

    SpeakerResolver(Tsv nouns, Tsv media) {
        nouns.rows().forEach(row -> speakerNouns.add(row.get("word")));
        media.rows().forEach(row -> mediaNouns.add(row.get("word")));
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
        Mention person = first(mentions, phrase, EntityType.PERSON);
        List<String> people = all(mentions, phrase, EntityType.PERSON);
        if (people.size() > 1 && text.contains(" and ")) {
            return new Speaker(Optional.of(String.join(" and ", people)), Optional.empty(), Optional.empty());
        }
        if (person != null) {
            Optional<String> role = describedBy(body, phrase, person).or(() -> person.entity().attribute("role"));
            return new Speaker(Optional.of(person.entity().name()), role, Optional.empty());
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            return history.lastPerson().orElse(Speaker.none());
        }
        if (isAnaphor(lower)) {
            Optional<Speaker> previous = history.lastWithHead(head(lower));
            if (previous.isPresent()) {
                return previous.get();
            }
        }
        Mention agency = first(mentions, phrase, EntityType.NEWS_AGENCY);
        Mention organisation = first(mentions, phrase, EntityType.ORGANISATION);
        Mention body0 = agency != null ? agency : organisation;
        boolean indefinite = lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("one ")
                || lower.startsWith("two ") || lower.startsWith("several ") || lower.startsWith("some ");
        boolean described = body0 == null ? hasSpeakerNoun(lower)
                : hasSpeakerNoun(lower) && (indefinite || describesBeforeName(body, phrase, body0));
        if (described) {
            return new Speaker(Optional.empty(), Optional.of(text), Optional.empty());
        }
        if (organisation != null && agency == null) {
            return new Speaker(Optional.of(organisation.text()), Optional.empty(), Optional.empty());
        }
        Mention named = body0 != null ? body0 : first(mentions, phrase, EntityType.COUNTRY);
        if (named != null) {
            return new Speaker(Optional.of(named.entity().name()), Optional.empty(), Optional.empty());
        }
        return isProperName(text) ? new Speaker(Optional.of(text), Optional.empty(), Optional.empty()) : Speaker.none();
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

    private boolean hasSpeakerNoun(String lower) {
        for (String word : lower.split("[^\\p{L}]+")) {
            if (speakerNouns.contains(word)) {
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
