package dev.dossier.nlp.attribution;

import dev.dossier.model.Span;
import dev.dossier.nlp.text.Fold;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Speech frames of verb-final languages (Turkish, Japanese, Korean): the speech verb closes the
 * sentence and the speaker opens it, in the nominative or with a topic particle —
 * "Savunma Bakanı Ahmet Kaya, teslimatın başladığını söyledi.", "防衛相は、…と述べた。",
 * "국방부 대변인은 …고 밝혔다." Without such an opening, the capitalised words right before the
 * verb name the speaker ("…tamamladığını Bakan Yılmaz açıkladı."). The verbs are data
 * ({@code reporting-words.tsv}, role {@code final-verb}); the topic particles are the grammar's.
 */
final class VerbFinalFrames {
    private static final String CLOSING = "。.!！?？」”\"' \n";
    private static final int MAX_SPEAKER_CHARS = 60;
    private static final int MAX_NAME_WORDS = 4;
    /** Japanese topic and subject particles, followed by a comma or not. */
    private static final List<String> JAPANESE_TOPIC = List.of("は、", "は，", "が、", "は");
    /** Korean topic and subject particles at the end of the speaker's last word. */
    private static final List<String> KOREAN_TOPIC = List.of("은", "는", "이", "가");
    private static final List<String> KOREAN_QUOTATIVE = List.of("라고", "고");

    /** The content, the cue and the speaker phrase of one frame. */
    record Parts(Span content, Span cue, Span speaker) {
    }

    private final List<String> verbs;

    VerbFinalFrames(List<String> verbs) {
        this.verbs = verbs.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The frame of {@code sentence} in {@code body}, if it ends with a speech verb. */
    Optional<Parts> read(String body, Span sentence) {
        String text = sentence.of(body);
        int end = text.length();
        while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        String head = text.substring(0, end);
        for (String verb : verbs) {
            int at = end - verb.length();
            if (at > 0 && head.endsWith(verb) && startsWord(head, at, verb)) {
                int offset = sentence.start();
                Span cue = new Span(offset + at, offset + end);
                return frame(head, at).map(p -> new Parts(shift(p.content(), offset), cue, shift(p.speaker(), offset)));
            }
        }
        return Optional.empty();
    }

    /** A verb glued to its clause by the Japanese quotative "と" needs no space before it. */
    private static boolean startsWord(String text, int at, String verb) {
        return verb.startsWith("と") || Character.isWhitespace(text.charAt(at - 1));
    }

    private static Optional<Parts> frame(String text, int verb) {
        int contentEnd = verb;
        while (contentEnd > 0 && Character.isWhitespace(text.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        int end = contentEnd - quotativeAfterQuote(text, contentEnd);
        return opening(text, end).or(() -> nameBefore(text, end));
    }

    /** The length of a Korean quotative particle right after a closing quote ("…"고, "…"라고), else 0. */
    private static int quotativeAfterQuote(String text, int end) {
        for (String particle : KOREAN_QUOTATIVE) {
            int at = end - particle.length();
            if (at > 0 && text.startsWith(particle, at) && "\"”'’」".indexOf(text.charAt(at - 1)) >= 0) {
                return particle.length();
            }
        }
        return 0;
    }

    /** A speaker phrase at the start, closed by a comma or a topic particle; the content follows it. */
    private static Optional<Parts> opening(String text, int contentEnd) {
        int limit = Math.min(contentEnd, MAX_SPEAKER_CHARS);
        int comma = indexOfAny(text, limit, ",", "，", "、");
        int speakerEnd = -1;
        int contentStart = -1;
        for (String particle : JAPANESE_TOPIC) {
            int at = text.indexOf(particle);
            if (at > 0 && at < limit && (comma < 0 || at < comma)) {
                speakerEnd = at;
                contentStart = at + particle.length();
                break;
            }
        }
        if (speakerEnd < 0) {
            int word = koreanTopicWord(text, limit);
            if (word > 0) {
                speakerEnd = word - 2; // the particle is one syllable, then the space
                contentStart = word;
            }
        }
        if (speakerEnd < 0 && comma > 0) {
            speakerEnd = comma;
            contentStart = comma + 1;
        }
        if (speakerEnd <= 0) {
            return Optional.empty();
        }
        while (contentStart < contentEnd && (Character.isWhitespace(text.charAt(contentStart))
                || ",，、".indexOf(text.charAt(contentStart)) >= 0)) {
            contentStart++;
        }
        return contentStart < contentEnd
                ? Optional.of(new Parts(new Span(contentStart, contentEnd), new Span(0, 0), new Span(0, speakerEnd)))
                : Optional.empty();
    }

    /** The end of the first Korean word (within the first words) that ends in a topic or subject particle, plus one. */
    private static int koreanTopicWord(String text, int limit) {
        int start = 0;
        for (int words = 0; words < MAX_NAME_WORDS && start < limit; words++) {
            int end = text.indexOf(' ', start);
            if (end < 0 || end > limit) {
                return -1;
            }
            String word = text.substring(start, end);
            if (word.length() > 1 && Fold.isHangul(word.charAt(0))
                    && KOREAN_TOPIC.stream().anyMatch(word::endsWith)) {
                return end + 1;
            }
            start = end + 1;
        }
        return -1;
    }

    /** "… Bakan Yılmaz açıkladı": the capitalised words right before the verb; the content is what precedes them. */
    private static Optional<Parts> nameBefore(String text, int contentEnd) {
        int start = contentEnd;
        for (int words = 0; words < MAX_NAME_WORDS; words++) {
            int space = text.lastIndexOf(' ', start - 1);
            int wordStart = space + 1;
            if (wordStart >= start || !Character.isUpperCase(text.charAt(wordStart))) {
                break;
            }
            start = space < 0 ? 0 : space;
            if (space < 0) {
                break;
            }
        }
        int contentStop = start;
        while (contentStop > 0 && Character.isWhitespace(text.charAt(contentStop - 1))) {
            contentStop--;
        }
        int speakerStart = start == 0 ? 0 : start + 1;
        return speakerStart < contentEnd && contentStop > 0
                ? Optional.of(new Parts(new Span(0, contentStop), new Span(0, 0), new Span(speakerStart, contentEnd)))
                : Optional.empty();
    }

    private static int indexOfAny(String text, int limit, String... marks) {
        int best = -1;
        for (String mark : marks) {
            int at = text.indexOf(mark);
            if (at > 0 && at < limit && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private static Span shift(Span span, int offset) {
        return new Span(span.start() + offset, span.end() + offset);
    }
}
