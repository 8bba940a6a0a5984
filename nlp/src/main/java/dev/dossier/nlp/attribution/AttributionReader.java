package dev.dossier.nlp.attribution;

import dev.dossier.model.Attribution;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Stance;
import dev.dossier.model.Token;
import dev.dossier.nlp.lexicon.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who stands behind each sentence: direct and reported speech ("X said …", "…, X said.",
 * "“…,” said X"), "according to X", "X told Y", "A cited X as saying", "X was quoted as saying",
 * "citing X", with the speaker resolved by {@link SpeakerResolver}, the relaying agency as
 * {@code via}, and a stance from the verb (denied, cast doubt → denies; claimed → hedges) or
 * from the content (a negated existence → denies; could, reportedly → hedges). A quote with no
 * cue right after an attributed quote continues it. Thread-safe; per-document state is local.
 */
public final class AttributionReader {
    private static final Pattern NEGATED = Pattern.compile(
            "(?i)^(?:there (?:is|are|was|were|has been|have been|had been) no\\b|no\\b)|\\bno (?:new|such|further|additional|plans?|agreement|contract|deal)\\b|\\b(?:has|have|had) no\\b|\\b(?:has|have|had|did|does|do|was|were|is|are) not\\b|n't\\b|\\bnever\\b");
    private static final Pattern HEDGED = Pattern.compile(
            "\\b(?:[Cc]ould|may|[Mm]ight|[Rr]eportedly|[Pp]ossibly|[Aa]llegedly|[Ll]ikely)\\b");

    private static final java.util.Set<String> PASSIVE = java.util.Set.of("been", "be", "being", "was", "were", "is",
            "are", "to");
    private static final java.util.Set<String> CONTRASTS = java.util.Set.of("but", "while", "whereas", "although");
    private static final int MAX_CONTINUATION_GAP = 400;
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("this", "that");
    private static final int MAX_SENTENCES_BACK = 3;
    /** Words after which "claims", "reports" or "notes" is a noun: "Rejecting Kyiv's claims, X told …". */
    private static final java.util.Set<String> NOUN_MARKERS = java.util.Set.of("the", "these", "those",
            "his", "her", "its", "their", "our", "such", "'s", "\u2019s", "media", "press", "news");
    private static final java.util.Set<String> NOUN_LIKE = java.util.Set.of("claims", "reports", "notes", "states");
    /**
     * What follows the verb of "X said on Sunday." or "X told reporters in a statement.", which
     * announces the quote of the next sentence rather than saying anything itself.
     */
    private static final Pattern ANNOUNCEMENT = Pattern.compile("(?:(?:reporters|journalists|the media)\\s*)?"
            + "(?:(?:on|in|at|during|after|late on|early on|via|through|earlier|later|last|this)\\b[^\"\u201C\u201D"
            + "\u00AB\u00BB.]{0,50}|\\p{Lu}\\p{Ll}+day)?");
    /** Adverbs between a subject and its verb: "a source earlier told". */
    private static final java.util.Set<String> TIME_ADVERBS = java.util.Set.of("earlier", "later", "again", "today",
            "yesterday", "now", "once", "since");
    private static final java.util.Set<String> BE_FORMS = java.util.Set.of("was", "were", "is", "are", "been");
    /** Words allowed between a passive speech verb and its "by": "announced today by". */
    private static final int MAX_PASSIVE_GAP = 4;
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the", "one");
    /** A warning tells what could happen: its "could" is the message, not a hedge on it. */
    private static final java.util.Set<String> WARNINGS = java.util.Set.of("warned", "warns", "warn", "cautioned",
            "threatened", "threatens");

    /** Speech verbs in "…, with X saying / adding / noting that …". */
    private static final java.util.Set<String> WITH_FORMS = java.util.Set.of("saying", "adding", "noting",
            "insisting", "stressing");
    private static final java.util.Set<EntityType> SPEAKING_TYPES = java.util.Set.of(EntityType.PERSON,
            EntityType.NEWS_AGENCY, EntityType.ORGANISATION, EntityType.COUNTRY);

    private final Map<String, Stance> verbs = new HashMap<>();
    private final java.util.Set<String> clauseVerbs = new java.util.HashSet<>();
    private final java.util.Set<String> invertible = new java.util.HashSet<>();
    private final java.util.Set<String> complementizers = new java.util.HashSet<>();
    private final java.util.Set<String> auxiliaries = new java.util.HashSet<>();
    private final java.util.Set<String> mediaClaims = new java.util.HashSet<>();
    /** "информацию": a word that may stand between an inverted verb and its speaker ("…», - подтвердил информацию X"). */
    private final java.util.Set<String> objects = new java.util.HashSet<>();
    /** "об этом", "das": words that open a sentence and point back to what was said before it. */
    private final List<List<String>> pointers = new ArrayList<>();
    /** "according to", "selon", "по словам": each phrase as its words. */
    private final List<List<String>> according = new ArrayList<>();
    /** The first words of {@link #according}: most tokens start none, and need no phrase compared. */
    private final java.util.Set<String> accordingStarts = new java.util.HashSet<>();
    private final SpeakerResolver resolver;

    private final List<String> gluedVerbs = new ArrayList<>();
    private final List<String[]> gluedFrames = new ArrayList<>();
    private final UnspacedFrames unspaced;
    private final List<String> finalVerbs = new ArrayList<>();
    private final VerbFinalFrames verbFinal;

    public AttributionReader(Tsv speechVerbs, Tsv speakerNouns, Tsv mediaNouns, Tsv reportingWords, Tsv speakerHeads) {
        for (Tsv.Row row : reportingWords.rows()) {
            String words = row.get("words");
            switch (row.get("role")) {
                case "complementizer" -> complementizers.add(words);
                case "according" -> {
                    List<String> phrase = List.of(words.split(" "));
                    according.add(phrase);
                    accordingStarts.add(phrase.get(0));
                }
                case "auxiliary" -> auxiliaries.add(words);
                case "media-claim" -> mediaClaims.add(words);
                case "pointer" -> pointers.add(List.of(words.split(" ")));
                case "object" -> objects.add(words);
                case "glued-verb" -> gluedVerbs.add(words);
                case "glued-according" -> gluedFrames.add(words.split(" "));
                case "final-verb" -> finalVerbs.add(words);
                default -> throw new IllegalArgumentException(reportingWords.name() + ": unknown role " + row.get("role"));
            }
        }
        for (Tsv.Row row : speechVerbs.rows()) {
            verbs.put(row.get("verb"), Stance.valueOf(row.get("stance").toUpperCase(Locale.ROOT)));
            if (row.get("form").equals("clause")) {
                clauseVerbs.add(row.get("verb"));
            }
            if (row.get("inverts").equals("yes")) {
                invertible.add(row.get("verb"));
            }
        }
        resolver = new SpeakerResolver(speakerNouns, mediaNouns, speakerHeads);
        unspaced = new UnspacedFrames(gluedVerbs, gluedFrames);
        verbFinal = new VerbFinalFrames(finalVerbs);
    }

    public List<Attribution> read(String body, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions) {
        History history = new History();
        Clause.Texts texts = new Clause.Texts(body, tokens);
        List<Attribution> found = new ArrayList<>();
        int t = 0;
        for (int k = 0; k < sentences.size(); k++) {
            Sentence sentence = sentences.get(k);
            while (t < tokens.size() && tokens.get(t).span().start() < sentence.span().start()) {
                t++;
            }
            int end = t;
            while (end < tokens.size() && tokens.get(end).span().end() <= sentence.span().end()) {
                end++;
            }
            Clause clause = new Clause(texts, t, end, complementizers);
            List<Attribution> here = readSentence(clause, mentions, history);
            if (here.isEmpty()) {
                continuation(clause, found, history).ifPresent(here::add);
            }
            for (Attribution a : here) {
                found.add(pointedBack(body, sentences, k, a));
            }
            t = end;
        }
        return relayed(found);
    }

    /**
     * "This was announced by the minister": content that is only a demonstrative stands for what came
     * before, the previous sentence, or, when this sentence opens a paragraph, the previous paragraph
     * (at most {@value #MAX_SENTENCES_BACK} sentences).
     */
    private static Attribution pointedBack(String body, List<Sentence> sentences, int k, Attribution a) {
        boolean pointer = a.rule().endsWith("pointer-v1") || a.rule().endsWith("passive-v1")
                && DEMONSTRATIVES.contains(a.content().of(body).toLowerCase(Locale.ROOT));
        if (k == 0 || !pointer) {
            return a;
        }
        int first = k - 1;
        if (opensParagraph(body, sentences, k)) {
            while (first > 0 && k - first < MAX_SENTENCES_BACK && !opensParagraph(body, sentences, first)) {
                first--;
            }
        }
        Span content = new Span(sentences.get(first).span().start(), sentences.get(k - 1).span().end());
        return new Attribution(content, a.cue(), a.speaker(), a.description(), a.via(), a.stance(), a.direct(),
                a.rule());
    }

    private static boolean opensParagraph(String body, List<Sentence> sentences, int k) {
        return k == 0 || body.substring(sentences.get(k - 1).span().end(), sentences.get(k).span().start())
                .indexOf('\n') >= 0;
    }

    /**
     * Nested reports: when one attribution's content holds another's cue ("TASS reported that
     * Petrov said …"), the inner speaker's words came through the outer source, which becomes
     * its {@code via} unless it already has one (outlet → agency → speaker); an unnamed outer source
     * relays by its description ("…, according to people who have seen the letter").
     */
    private static List<Attribution> relayed(List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution inner : found) {
            Attribution result = inner;
            for (Attribution outer : found) {
                if (outer != inner && outer.content().contains(inner.cue()) && inner.via().isEmpty()) {
                    Optional<String> relay = outer.via().or(outer::speaker).or(outer::description);
                    if (relay.isPresent() && !relay.equals(inner.speaker())) {
                        result = withVia(inner, relay);
                    }
                }
            }
            out.add(result);
        }
        return out;
    }

    private List<Attribution> readSentence(Clause clause, List<Mention> mentions, History history) {
        List<Attribution> found = new ArrayList<>();
        for (int i = clause.first; i < clause.end; i++) {
            Optional<Attribution> attribution = cueAt(clause, i, mentions, history);
            attribution.ifPresent(found::add);
            attribution.ifPresent(a -> history.relayedBy(a.speaker(), a.description(), a.via()));
        }
        if (found.isEmpty()) {
            HeadlineCredit.read(clause).filter(h -> namesSpeaker(clause.body, h.credit(), mentions))
                    .flatMap(h -> build(clause, h.claim(), h.cue(), h.credit(), Stance.ASSERTS, mentions, history,
                            "headline-credit-v1")).ifPresent(found::add);
        }
        if (found.isEmpty() && clause.end > clause.first) {
            unspaced.read(clause.body, clause.span(clause.first, clause.end - 1))
                    .flatMap(f -> build(clause, f.content(), f.cue(), f.speaker(), Stance.ASSERTS, mentions, history,
                            "unspaced-v1")).ifPresent(found::add);
        }
        if (found.isEmpty() && clause.end > clause.first) {
            verbFinal.read(clause.body, clause.span(clause.first, clause.end - 1))
                    .flatMap(f -> build(clause, f.content(), f.cue(), f.speaker(),
                            verbs.getOrDefault(f.cue().of(clause.body), Stance.ASSERTS), mentions, history,
                            "verb-final-v1")).ifPresent(found::add);
        }
        return citedByMedium(found);
    }

    /** A phrase with a speaker noun ("official") or a named person, body or country: not "Gripen". */
    private boolean namesSpeaker(String body, Span phrase, List<Mention> mentions) {
        return resolver.hasSpeakerNoun(phrase.of(body)) || mentions.stream().anyMatch(m -> phrase.contains(m.span())
                && SPEAKING_TYPES.contains(m.entity().type()));
    }

    /**
     * "A Washington defence newsletter reported …, citing an official": what is cited came through
     * the described medium of the same sentence, which becomes its {@code via}.
     */
    private List<Attribution> citedByMedium(List<Attribution> found) {
        Optional<String> medium = found.stream().filter(a -> a.speaker().isEmpty() && a.description()
                .filter(resolver::isMedium).isPresent()).map(a -> a.description().get()).findFirst();
        if (medium.isEmpty()) {
            return found;
        }
        return found.stream().map(a -> a.rule().equals("attribution-citing-v1") ? withVia(a, medium) : a).toList();
    }

    private Optional<Attribution> cueAt(Clause clause, int i, List<Mention> mentions, History history) {
        String word = clause.text(i);
        int accordingWords = accordingAt(clause, i);
        if (accordingWords > 0) {
            return accordingTo(clause, i, accordingWords, mentions, history);
        }
        if ((word.equals("cited") || word.equals("quoted")) && clause.indexOf("saying", i, i + 30) > 0) {
            return citedAsSaying(clause, i, mentions, history);
        }
        if (word.equals("citing")) {
            return citing(clause, i, mentions, history);
        }
        if (WITH_FORMS.contains(word) && !clause.text(i - 1).equals("as")) {
            return withSaying(clause, i, mentions, history);
        }
        Stance stance = verbs.get(word);
        if (word.equals("cast") && clause.text(i + 1).equals("doubt")) {
            stance = Stance.DENIES;
        }
        if (stance == null || word.equals("ruled") && !clause.text(i + 1).equals("out")
                || isNoun(clause, i, mentions)) {
            return Optional.empty();
        }
        if (PASSIVE.contains(clause.text(i - 1))) {
            return passiveBy(clause, i, stance, mentions, history);
        }
        return speechVerb(clause, i, stance, mentions, history);
    }

    private Optional<Attribution> speechVerb(Clause clause, int verb, Stance stance, List<Mention> mentions,
            History history) {
        String before = clause.text(verb - 1);
        if (pointsBack(clause, verb)) {
            Span phrase = clause.span(verb + 1, clause.phraseEnd(verb + 1));
            return build(clause, clause.span(clause.first, verb - 1), clause.span(verb, verb), phrase, stance, mentions,
                    history, "said-pointer-v1");
        }
        int afterComma = SubjectPhrases.parentheticalStart(clause, verb);
        if (afterComma >= 0) {
            return subjectBefore(clause, verb, afterComma, stance, mentions, history);
        }
        int interruption = SubjectPhrases.interruptionStart(clause, verb);
        if (interruption > clause.first) {
            return subjectBefore(clause, verb, interruption - 1, stance, mentions, history);
        }
        int appositive = SubjectPhrases.appositiveSubjectStart(clause, verb);
        if (appositive >= 0) {
            Span phrase = clause.span(appositive, verb - 2);
            return build(clause, contentAfter(clause, verb), clause.span(verb, verb), phrase, stance, mentions, history,
                    "said-appositive-v1").map(a -> withVia(a, toldVia(clause, verb, mentions)));
        }
        int lead = auxiliaries.contains(before) ? verb - 1 : verb;
        if (lead > clause.first && invertsAfter(clause, lead - 1) && invertible.contains(clause.text(verb))) {
            int speakerStart = objects.contains(clause.lowered(verb + 1)) ? verb + 2 : verb + 1;
            int speakerEnd = clause.phraseEndOverQuotedNames(speakerStart);
            if (speakerStart >= clause.end || speakerEnd < speakerStart || clause.text(speakerStart).equals(".")
                    || clause.isComplementizer(speakerStart)
                    || speakerEnd - verb > SubjectPhrases.MAX_INVERTED_SPEAKER_TOKENS) {
                return Optional.empty();
            }
            Span phrase = clause.span(speakerStart, SubjectPhrases.appositionEnd(clause, speakerEnd, resolver));
            Span content = QuoteSpans.contentBefore(clause, lead - 1);
            return build(clause, content, clause.span(lead, verb), phrase, stance, mentions, history, "said-after-v1");
        }
        if (CONTRASTS.contains(clause.text(verb - 1)) || clause.text(verb - 1).equals("and")) {
            int end = SubjectPhrases.subjectAtStart(clause, verb - 1);
            return end < clause.first ? Optional.empty()
                    : build(clause, contentAfter(clause, verb), clause.span(verb, verb), clause.span(clause.first, end),
                            stance, mentions, history, "said-shared-subject-v1");
        }
        return subjectBefore(clause, verb, auxiliaries.contains(before) ? verb - 2 : verb - 1, stance, mentions,
                history);
    }

    /**
     * "The deal was confirmed by a joint statement from Senator Ana Silva", "this was announced
     * today by the minister": the speaker follows "by", the content is the passive subject.
     */
    private Optional<Attribution> passiveBy(Clause clause, int verb, Stance stance, List<Mention> mentions,
            History history) {
        int auxiliary = verb - 1;
        if (!BE_FORMS.contains(clause.text(auxiliary)) || auxiliary <= clause.first) {
            return Optional.empty();
        }
        int by = clause.indexOf("by", verb + 1, verb + 1 + MAX_PASSIVE_GAP);
        if (by < 0 || clause.indexOf(",", verb + 1, by) > 0 || by + 1 >= clause.end) {
            return Optional.empty();
        }
        Span phrase = clause.span(by + 1, clause.phraseEnd(by + 1));
        int subject = auxiliary - 1;
        while (subject > clause.first && !clause.isBreak(subject - 1)) {
            subject--;
        }
        Span content = clause.span(subject, auxiliary - 1);
        return build(clause, content, clause.span(auxiliary, verb), phrase, stance, mentions, history,
                "said-passive-v1");
    }

    /** "Об этом сообщил X", "Das sagte X": the sentence opens with words that point back, then the verb. */
    private boolean pointsBack(Clause clause, int verb) {
        for (List<String> words : pointers) {
            boolean all = clause.first + words.size() == verb;
            for (int n = 0; all && n < words.size(); n++) {
                all = clause.lowered(clause.first + n).equals(words.get(n));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * A comma, a quote or a dash right before an inverted verb: "…,” said X", "», — сказал X"; a
     * hyphen typed for the dash counts after a comma or a quote ("», - подтвердил X").
     */
    private static boolean invertsAfter(Clause clause, int i) {
        String t = clause.text(i);
        return t.equals(",") || clause.isQuote(i) || t.equals("\u2014") || t.equals("\u2013")
                || t.equals("-") && (clause.text(i - 1).equals(",") || clause.isQuote(i - 1));
    }

    private static Optional<String> toldVia(Clause clause, int verb, List<Mention> mentions) {
        return clause.text(verb).equals("told")
                ? SpeakerResolver.agencyIn(clause.span(verb + 1, Math.min(clause.end - 1, verb + 3)), mentions)
                : Optional.empty();
    }

    private Optional<Attribution> subjectBefore(Clause clause, int verb, int subjectEnd, Stance stance,
            List<Mention> mentions, History history) {
        int conjunct = SubjectPhrases.conjunctStart(clause,
                SubjectPhrases.skipIntroduction(clause, clause.phraseStart(subjectEnd), subjectEnd));
        if (conjunct < 0 || conjunct > subjectEnd) {
            return Optional.empty();
        }
        int phraseStart = widenedOverAnd(clause, conjunct, subjectEnd);
        if (clause.text(phraseStart - 1).equals("which") && clause.text(phraseStart - 2).equals(",")) {
            return build(clause, QuoteSpans.contentBefore(clause, phraseStart - 2), clause.span(verb, verb),
                    clause.span(phraseStart, trimAdverbs(clause, phraseStart, subjectEnd)), stance, mentions, history,
                    "said-which-v1");
        }
        Span phrase = clause.span(phraseStart, trimAdverbs(clause, phraseStart, subjectEnd));
        Span cue = clause.span(verb, clause.text(verb + 1).equals("doubt") || clause.text(verb + 1).equals("out")
                ? verb + 1 : verb);
        boolean trailing = phraseStart > clause.first && (clause.text(phraseStart - 1).equals(",")
                || clause.isQuote(phraseStart - 1)) && SubjectPhrases.restIsShort(clause, verb);
        if (SubjectPhrases.negated(clause, phraseStart, verb) || !trailing && clauseVerbs.contains(clause.text(verb))
                && !SubjectPhrases.introducesClause(clause, verb)) {
            return Optional.empty();
        }
        int cueEnd = cue.end() > clause.tokens.get(verb).span().end() ? verb + 1 : verb;
        Span content = trailing ? QuoteSpans.contentBefore(clause, phraseStart - 1) : contentAfter(clause, cueEnd);
        Optional<String> via = clause.text(verb).equals("told") ? SpeakerResolver.agencyIn(
                clause.span(verb + 1, Math.min(clause.end - 1, verb + 3)), mentions) : Optional.empty();
        return build(clause, content, cue, phrase, stance, mentions, history, trailing ? "said-trailing-v1"
                : "said-v1").map(a -> withVia(a, via));
    }

    /**
     * "a source close to military and technical cooperation told": when the words after "and" name
     * no speaker but the phrase from its determiner does, the subject starts at the determiner.
     */
    private int widenedOverAnd(Clause clause, int start, int last) {
        if (!clause.text(start - 1).equals("and")) {
            return start;
        }
        int wider = clause.phraseStart(start - 2);
        boolean determined = DETERMINERS.contains(clause.lowered(wider));
        return determined && !resolver.hasSpeakerNoun(clause.span(start, last).of(clause.body))
                && resolver.hasSpeakerNoun(clause.span(wider, start - 2).of(clause.body)) ? wider : start;
    }

    /**
     * "Rejecting Kyiv's claims", "the reports": a noun, not a verb, unless the possessive belongs to a
     * name ("Jane's reports that …").
     */
    private static boolean isNoun(Clause clause, int i, List<Mention> mentions) {
        if (!NOUN_LIKE.contains(clause.text(i)) || !NOUN_MARKERS.contains(clause.lowered(i - 1))) {
            return false;
        }
        Span marker = clause.tokens.get(i - 1).span();
        return mentions.stream().noneMatch(m -> m.span().contains(marker));
    }

    /** "…, with Kremlin spokesman Dmitry Peskov saying the claims were false": the speaker sits between. */
    private Optional<Attribution> withSaying(Clause clause, int saying, List<Mention> mentions, History history) {
        int with = saying - 1;
        while (with > clause.first && saying - with <= SubjectPhrases.MAX_INVERTED_SPEAKER_TOKENS
                && !clause.text(with).equalsIgnoreCase("with") && !clause.isBreak(with)) {
            with--;
        }
        if (!clause.text(with).equalsIgnoreCase("with") || with + 1 > saying - 1) {
            return Optional.empty();
        }
        return build(clause, contentAfter(clause, saying), clause.span(saying, saying), clause.span(with + 1,
                saying - 1), Stance.ASSERTS, mentions, history, "with-saying-v1");
    }

    /** How many words of an "according to" phrase start at token {@code i} (any case), or 0. */
    private int accordingAt(Clause clause, int i) {
        if (!accordingStarts.contains(clause.lowered(i))) {
            return 0;
        }
        for (List<String> phrase : according) {
            int n = 0;
            while (n < phrase.size() && clause.lowered(i + n).equals(phrase.get(n))) {
                n++;
            }
            if (n == phrase.size()) {
                return n;
            }
        }
        return 0;
    }

    private Optional<Attribution> accordingTo(Clause clause, int at, int words, List<Mention> mentions,
            History history) {
        int speakerStart = at + words;
        if (speakerStart >= clause.end) {
            return Optional.empty();
        }
        int speakerEnd = clause.phraseEnd(speakerStart);
        Span phrase = clause.span(speakerStart, speakerEnd);
        Span content = at <= clause.first + 1 ? contentFrom(clause, speakerEnd + 1)
                : QuoteSpans.contentBefore(clause, at - 1);
        return build(clause, content, clause.span(at, speakerStart - 1), phrase, Stance.ASSERTS, mentions, history,
                "according-to-v1");
    }

    private Optional<Attribution> citedAsSaying(Clause clause, int cited, List<Mention> mentions, History history) {
        int as = clause.indexOf("as", cited + 1, clause.end);
        int saying = as + 1;
        int cue = saying;
        Optional<String> via = Optional.empty();
        Span phrase;
        int speakerStart = -1;
        int by = clause.indexOf("by", cited + 1, as);
        boolean passive = clause.text(cited - 1).equals("was") || clause.text(cited - 1).equals("were");
        if (clause.text(cited).equals("quoted") && passive) {
            int start = clause.phraseStart(cited - 1);
            int last = cited - 2;
            if (last < start) {
                return Optional.empty();
            }
            phrase = clause.span(start, last);
            speakerStart = start;
            if (by > 0 && as > by + 1) {
                via = SpeakerResolver.agencyIn(clause.span(by + 1, as - 1), mentions);
            } else if (clause.text(saying + 1).equals("by")) {
                int that = clause.complementizer(saying + 2, clause.end);
                int relayEnd = that > 0 ? Math.min(that - 1, clause.phraseEnd(saying + 2)) : clause.phraseEnd(saying + 2);
                via = SpeakerResolver.agencyIn(clause.span(saying + 2, relayEnd), mentions);
                saying = via.isEmpty() ? saying : clause.isComplementizer(relayEnd + 1) ? relayEnd + 1 : relayEnd;
            }
        } else {
            if (as <= cited + 1) {
                return Optional.empty();
            }
            phrase = clause.span(cited + 1, as - 1);
            via = SpeakerResolver.agencyIn(clause.span(clause.phraseStart(cited - 1), cited), mentions);
        }
        Span content = contentFrom(clause, saying + 1);
        if (content == null && speakerStart > clause.first && (clause.text(speakerStart - 1).equals(",")
                || clause.isQuote(speakerStart - 1))) {
            content = QuoteSpans.contentBefore(clause, speakerStart - 1);
        }
        Optional<String> relay = via;
        return build(clause, content, clause.span(cited, cue), phrase, Stance.ASSERTS, mentions, history,
                "cited-as-saying-v1").map(a -> withVia(a, relay));
    }

    private Optional<Attribution> citing(Clause clause, int at, List<Mention> mentions, History history) {
        if (at + 1 >= clause.end) {
            return Optional.empty();
        }
        int phraseEnd = clause.phraseEnd(at + 1);
        Span phrase = clause.span(at + 1, phraseEnd);
        int verb = phraseEnd + 2;
        if (clause.text(phraseEnd + 1).equals(",") && verbs.containsKey(clause.text(verb))) {
            Optional<String> via = SpeakerResolver.agencyIn(clause.span(clause.first, at), mentions);
            return build(clause, contentAfter(clause, verb), clause.span(at, at), phrase, verbs.get(clause.text(verb)),
                    mentions, history, "citing-v1").map(a -> withVia(a, via));
        }
        if (clause.text(phraseEnd + 1).equals(",") && clause.text(phraseEnd + 2).equals("that")) {
            Optional<String> via = SpeakerResolver.agencyIn(clause.span(clause.first, at), mentions);
            return build(clause, contentFrom(clause, phraseEnd + 3), clause.span(at, at), phrase, Stance.ASSERTS,
                    mentions, history, "citing-v1").map(a -> withVia(a, via));
        }
        int contentEnd = at - 1;
        int reporter = contentEnd - 1;
        while (reporter > clause.first && !clause.text(reporter).equals(",")) {
            reporter--;
        }
        Optional<String> via = SpeakerResolver.agencyIn(clause.span(Math.max(clause.first, reporter), at), mentions);
        Span content = afterReport(clause,
                QuoteSpans.contentBefore(clause, reporter > clause.first ? reporter : contentEnd));
        return build(clause, content, clause.span(at, at), phrase, Stance.ASSERTS, mentions, history, "citing-v1")
                .map(a -> withVia(a, via));
    }

    /** "X reported on Thursday that Y, citing Z": what Z is cited for is Y, not the report. */
    private Span afterReport(Clause clause, Span content) {
        if (content == null) {
            return null;
        }
        for (int i = clause.first; i < clause.end && clause.tokens.get(i).span().end() < content.end(); i++) {
            if (verbs.containsKey(clause.text(i))) {
                int that = clause.indexOf("that", i + 1, i + 5);
                if (that > 0 && clause.tokens.get(that).span().end() < content.end()) {
                    return new Span(clause.tokens.get(that + 1).span().start(), content.end());
                }
            }
        }
        return content;
    }

    private Optional<Attribution> build(Clause clause, Span content, Span cue, Span phrase, Stance verbStance,
            List<Mention> mentions, History history, String rule) {
        if (content == null || content.length() == 0 || cue == null || phrase == null) {
            return Optional.empty();
        }
        Speaker speaker = resolver.resolve(clause.body, phrase, mentions, history);
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        history.add(speaker);
        Span unquoted = QuoteSpans.unquote(clause.body, content);
        Span inner = QuoteSpans.balanced(clause.body, QuoteSpans.withoutDateline(clause.body, unquoted));
        boolean direct = unquoted.length() < content.length() || QuoteSpans.isQuoted(clause.body, inner);
        Stance stance = WARNINGS.contains(cue.of(clause.body)) ? verbStance
                : stance(reports(cue, phrase, speaker, clause.body, mentions) ? Stance.ASSERTS : verbStance,
                        inner.of(clause.body));
        return Optional.of(new Attribution(inner, cue, speaker.name(), speaker.description(), speaker.via(), stance,
                direct, "attribution-" + rule));
    }

    /** "The newspaper claimed": a news medium's claim is its report, not a hedge ({@code media-claim} words). */
    private boolean reports(Span cue, Span phrase, Speaker speaker, String body, List<Mention> mentions) {
        return mediaClaims.contains(cue.of(body)) && (SpeakerResolver.agencyIn(phrase, mentions).isPresent()
                || speaker.description().filter(resolver::isMedium).isPresent());
    }

    private static Stance stance(Stance verbStance, String content) {
        if (verbStance != Stance.ASSERTS) {
            return verbStance;
        }
        if (NEGATED.matcher(content).find()) {
            return Stance.DENIES;
        }
        return HEDGED.matcher(content).find() ? Stance.HEDGES : Stance.ASSERTS;
    }

    /** A sentence that is only a quote, right after a direct attribution, continues it. */
    private static Optional<Attribution> continuation(Clause clause, List<Attribution> found, History history) {
        if (clause.end - clause.first < 2 || found.isEmpty()) {
            return Optional.empty();
        }
        Attribution previous = found.get(found.size() - 1);
        int start = clause.tokens.get(clause.first).span().start();
        boolean stillOpen = previous.direct()
                && QuoteSpans.closingQuoteAfter(clause.body, previous.content().end()) >= start;
        boolean reopened = previous.direct() && clause.isQuote(clause.first)
                && start - previous.content().end() <= MAX_CONTINUATION_GAP;
        boolean announced = !previous.direct() && clause.isQuote(clause.first)
                && ANNOUNCEMENT.matcher(previous.content().of(clause.body)).matches()
                && start - previous.content().end() <= MAX_CONTINUATION_GAP;
        if (!stillOpen && !reopened && !announced) {
            return Optional.empty();
        }
        Span whole = clause.span(clause.first, clause.lastContentToken());
        if (whole == null) {
            return Optional.empty();
        }
        Span content = QuoteSpans.unquote(clause.body, whole);
        return Optional.of(new Attribution(content, previous.cue(), previous.speaker(), previous.description(),
                previous.via(), stance(Stance.ASSERTS, content.of(clause.body)), true, "attribution-continued-v1"));
    }

    private static Attribution withVia(Attribution a, Optional<String> via) {
        if (via.isEmpty() || via.equals(a.speaker()) || via.equals(a.description()) || a.via().isPresent()) {
            return a;
        }
        return new Attribution(a.content(), a.cue(), a.speaker(), a.description(), via, a.stance(), a.direct(), a.rule());
    }

    private int trimAdverbs(Clause clause, int start, int last) {
        int i = last;
        if (i - 2 >= start && SubjectPhrases.isTimeWord(clause, i)
                && SubjectPhrases.TIME_LEADS.contains(clause.text(i - 1))) {
            i -= 2;
        }
        while (i > start && (isAdverb(clause.text(i)) && !resolver.isMedium(clause.text(i)) || clause.text(i).equals("also")
                || clause.text(i).equals("has") || clause.text(i).equals("had") || clause.text(i).equals("have"))) {
            i--;
        }
        return i;
    }

    /** "recently", but not the surname "Parly". */
    private static boolean isAdverb(String word) {
        return word.endsWith("ly") && Character.isLowerCase(word.charAt(0)) || TIME_ADVERBS.contains(word);
    }

    private Span contentAfter(Clause clause, int verb) {
        int limit = Math.min(clause.end, verb + 10);
        int that = clause.complementizer(verb + 1, limit);
        int colon = clause.indexOf(":", verb + 1, limit);
        int start = that > 0 ? that + 1 : colon > 0 ? colon + 1 : verb + 1;
        return contentFrom(clause, start);
    }

    private Span contentFrom(Clause clause, int start) {
        int from = start;
        while (from < clause.end && (clause.text(from).equals(",") || clause.text(from).equals(":"))) {
            from++;
        }
        int to = clause.lastContentToken();
        for (int i = from + 1; i < to; i++) {
            boolean joint = clause.text(i).equals(";") || clause.text(i).equals(",")
                    && CONTRASTS.contains(clause.text(i + 1));
            if (clause.text(i).equals(",") && (clause.text(i + 1).equals("citing")
                    || clause.text(i + 1).equals("according") && clause.text(i + 2).equals("to"))) {
                to = i - 1;
                break;
            }
            if (joint && cueAfter(clause, i)) {
                to = i - 1;
                break;
            }
        }
        return from <= to ? clause.span(from, to) : null;
    }

    private boolean cueAfter(Clause clause, int from) {
        for (int i = from; i < clause.end; i++) {
            if (verbs.containsKey(clause.text(i)) || clause.text(i).equals("cast")) {
                return true;
            }
        }
        return false;
    }

}
