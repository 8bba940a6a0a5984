package dev.dossier.extract.meta;

import dev.dossier.extract.Resources;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an author from a byline: "By Jane Doe, Reuters", "By J. Doe and R. Roe | 23 Aug" or a bare name line. */
public final class Bylines {
    /** A capitalised name word; U+FFFD stands for a letter a bad decoding lost ("Agn\uFFFDs"). */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\uFFFD'’.-]*";
    private static final String PARTICLE = "(?:de|da|di|du|dos|van|von|der|den|al|el|bin|ibn|la|le)";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + NAME_WORD + "){1,3}";
    private static final Pattern BY = Pattern.compile(
            "^(?i:by|text by|words by|written by|reporting by|posted by|published by|von|par|por|di|автор:?)\\s+(" + NAME
                    + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)" + NAME + ")*)");
    private static final Pattern BARE = Pattern.compile("^" + NAME + "$");
    private static final Set<String> NOT_NAMES = notNames();

    private Bylines() {}

    /** The author a "By …" line names, or empty. */
    public static Optional<String> byLine(String line) {
        Matcher m = BY.matcher(line.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        // "By Jane Doe, Example News Service": keep the names, drop what follows that is not a name.
        StringBuilder names = new StringBuilder();
        Matcher parts = Pattern.compile("(\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)?(" + NAME + ")").matcher(m.group(1));
        while (parts.find() && looksLikeNames(parts.group(2), true)) {
            names.append(parts.group(1) == null ? "" : parts.group(1)).append(capitalised(parts.group(2)));
        }
        String author = names.toString().strip();
        return author.isEmpty() ? Optional.empty() : Optional.of(author);
    }

    /** The line itself when it is only a person's name of two to four words ("Jane Doe"), or empty. */
    public static Optional<String> bareName(String line) {
        String text = line.strip();
        if (text.length() > 40 || !BARE.matcher(text).matches() || !looksLikeNames(text, false)) {
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /**
     * Whether {@code text} reads as personal names: no word of {@code not-names.tsv}, and no word in
     * capitals, except on a "By …" line, where wire styles write names so ("By JANE ROE", "By Jane ROE").
     */
    private static boolean looksLikeNames(String text, boolean capitalsAllowed) {
        for (String word : text.split("[\\s,&]+")) {
            String w = word.replaceAll("[.’']", "").toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(w) || w.equals("and")) {
                if (!w.equals("and")) {
                    return false;
                }
            }
            if (!capitalsAllowed && word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** A name in capitals written in title case ("JANE ROE" → "Jane Roe"); initials ("J.") stay. */
    private static String capitalised(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("(?<=\\s)|(?=\\s)")) {
            boolean capitals = word.length() > 2 && word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter);
            out.append(capitals ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word);
        }
        return out.toString();
    }

    private static Set<String> notNames() {
        Set<String> words = new HashSet<>();
        for (String[] row : Resources.tsv("not-names.tsv")) {
            words.add(row[0].strip());
        }
        return Set.copyOf(words);
    }
}
