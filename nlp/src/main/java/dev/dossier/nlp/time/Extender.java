package dev.dossier.nlp.time;

import dev.dossier.model.TimexType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Widens a found expression over the words before it that TimeML keeps inside the extent and
 * reads as a mod: "the end of 2023" (END), "early 2020" (START), "more than two years"
 * (MORE_THAN), "no earlier than 2018" (ON_OR_AFTER). "by 2024" keeps "by" out of the extent,
 * as a TimeML signal, but records ON_OR_BEFORE.
 */
final class Extender {
    private static final int LOOK_BACK = 40;
    /** "over the past two years": a preposition before a relative span, not a modifier. */
    private static final Pattern RELATIVE_START = Pattern.compile("(?i)(?:the|past|last|next|coming|previous|remaining)\\b");
    private final TimeLexicon lexicon;
    private final Pattern partBefore;
    private final Pattern dateModBefore;
    private final Pattern durationModBefore;

    Extender(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        partBefore = endingWith(TimeLexicon.alternation(lexicon.parts.keySet()));
        dateModBefore = endingWith(TimeLexicon.alternation(modsFor("DATE")));
        durationModBefore = endingWith(TimeLexicon.alternation(modsFor("DURATION")));
    }

    private java.util.Set<String> modsFor(String type) {
        return lexicon.modifiers.entrySet().stream()
                .filter(e -> e.getValue()[2].equals(type) || e.getValue()[2].equals("ANY"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static Pattern endingWith(String alternation) {
        return Pattern.compile("(?<![\\w-])(?i:" + alternation + ")\\s*$");
    }

    Found extend(Found found, String text) {
        if (found.type() == TimexType.DURATION) {
            boolean counted = !RELATIVE_START.matcher(text).region(found.start(), found.end()).lookingAt();
            return counted ? widen(found, text, durationModBefore, lexicon.modifiers, 1).orElse(found) : found;
        }
        if (found.type() != TimexType.DATE || found.value().map(v -> v.endsWith("_REF")).orElse(false)) {
            return found;
        }
        Found parted = widen(found, text, partBefore, null, 0).orElse(found);
        Found modded = widen(parted, text, dateModBefore, lexicon.modifiers, 1).orElse(parted);
        return modded.mod().isEmpty() && endsWithWord(text, found.start(), "by")
                ? new Found(found.start(), found.end(), found.type(), found.value(), found.date(),
                        Optional.of("ON_OR_BEFORE"), found.rule())
                : modded;
    }

    /** The found expression grown over a phrase that ends right before it, with that phrase's mod. */
    private Optional<Found> widen(Found found, String text, Pattern before, Map<String, String[]> table, int column) {
        int from = Math.max(0, found.start() - LOOK_BACK);
        Matcher m = before.matcher(text).region(from, found.start());
        if (!m.find()) {
            return Optional.empty();
        }
        String phrase = m.group().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String[] row = table == null ? null : table.get(phrase);
        String mod = table == null ? partMod(phrase) : row == null ? null : row[column];
        return mod == null ? Optional.empty() : Optional.of(found.withMod(m.start(), mod));
    }

    private String partMod(String phrase) {
        String mod = lexicon.parts.get(phrase);
        return mod != null ? mod : lexicon.parts.get(phrase.replaceAll("-$", ""));
    }

    private static boolean endsWithWord(String text, int pos, String word) {
        int end = pos;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end - word.length();
        return start >= 0 && text.regionMatches(true, start, word, 0, word.length())
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
    }
}
