package dev.dossier.group.corpus;

import dev.dossier.group.fingerprint.Lexicons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Changes the names and numbers of one generated variant, the same way everywhere in it: a
 * country becomes another country (its adjective the other's adjective), another name (a
 * capitalised word that the source articles never write in lower case, and that is no month or
 * weekday) an invented word of the same shape, a system designation like "K2" or "FA-50" the
 * same letters-and-digits shape, a year moves by the variant's shift, and other numbers get other
 * digits of the same format. Each distinct name or number is changed with probability
 * {@code share}, so variants of one article keep some of its names. Not thread-safe (one per variant).
 */
final class Renamer {
    private static final List<String[]> COUNTRIES = Lexicons.rows(Renamer.class, "/dev/dossier/group/corpus/countries.tsv");

    private final Set<String> commonWords;
    private final SplittableRandom random;
    private final double share;
    private final int yearShift;
    private final Map<String, String> changed = new HashMap<>();
    private final Map<Integer, Integer> countries = new HashMap<>();

    Renamer(Set<String> commonWords, SplittableRandom random, double share, int yearShift) {
        this.commonWords = commonWords;
        this.random = random;
        this.share = share;
        this.yearShift = yearShift;
    }

    int yearShift() {
        return yearShift;
    }

    String rewrite(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = tokenEnd(text, i);
            int[] country = country(text, i, end);
            if (country != null) {
                out.append(countryFor(country[0])[country[1]]);
                i += COUNTRIES.get(country[0])[country[1]].length();
                continue;
            }
            out.append(replacement(text.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    /** A token: letters and digits, with inner '-', '.' or ',' between two of them. */
    private static int tokenEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean inner = (c == '-' || c == '.' || c == ',') && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1)) && i > from;
            if (!Character.isLetterOrDigit(c) && !inner) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * The row and form (0 name, 1 adjective) of the longest country name or adjective starting at
     * {@code from} and ending at or after the token's end, or null.
     */
    private static int[] country(String text, int from, int firstEnd) {
        if (!Character.isUpperCase(text.charAt(from))) {
            return null;
        }
        int[] best = null;
        for (int row = 0; row < COUNTRIES.size(); row++) {
            for (int form = 0; form < 2; form++) {
                String name = COUNTRIES.get(row)[form];
                int end = from + name.length();
                if (end >= firstEnd && (best == null || end > from + COUNTRIES.get(best[0])[best[1]].length())
                        && text.startsWith(name, from)
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    best = new int[] {row, form};
                }
            }
        }
        return best;
    }

    /** The country that replaces row {@code row} in this variant: the same one or another, decided once. */
    private String[] countryFor(int row) {
        int chosen = countries.computeIfAbsent(row, r -> random.nextDouble() < share ? random.nextInt(COUNTRIES.size()) : r);
        return COUNTRIES.get(chosen);
    }

    private String replacement(String token) {
        if (Character.isDigit(token.charAt(0))) {
            return isYear(token) ? Integer.toString(Integer.parseInt(token) + yearShift) : changed(token, this::number);
        }
        boolean name = Character.isUpperCase(token.charAt(0)) || token.chars().anyMatch(Character::isDigit);
        if (!name || commonWords.contains(token.toLowerCase(Locale.ROOT)) || Calendar.NAMES.contains(token)) {
            return token;
        }
        return changed(token, this::name);
    }

    private String changed(String original, java.util.function.UnaryOperator<String> change) {
        return changed.computeIfAbsent(original, o -> random.nextDouble() < share ? change.apply(o) : o);
    }

    private static boolean isYear(String token) {
        return token.length() == 4 && token.chars().allMatch(Character::isDigit)
                && (token.startsWith("19") || token.startsWith("20"));
    }

    /** Same length and separators; the first digit stays non-zero. */
    private String number(String original) {
        StringBuilder b = new StringBuilder(original.length());
        for (int k = 0; k < original.length(); k++) {
            char c = original.charAt(k);
            boolean first = b.chars().noneMatch(Character::isDigit);
            b.append(Character.isDigit(c) ? (char) ('0' + (first ? 1 + random.nextInt(9) : random.nextInt(10))) : c);
        }
        return b.toString();
    }

    /** An invented word of the same shape: capitals stay capitals, digits digits, the rest pronounceable. */
    private String name(String original) {
        String letters = Vocabulary.word(random, Math.max(1, (original.length() + 1) / 3));
        StringBuilder b = new StringBuilder(original.length());
        int next = 0;
        for (int k = 0; k < original.length(); k++) {
            char c = original.charAt(k);
            if (Character.isDigit(c)) {
                b.append((char) ('0' + (k == 0 ? 1 + random.nextInt(9) : random.nextInt(10))));
            } else if (Character.isLetter(c)) {
                char l = letters.charAt(next++ % letters.length());
                b.append(Character.isUpperCase(c) ? Character.toUpperCase(l) : l);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Month and weekday names (full and short), which are not names to change. */
    private static final class Calendar {
        static final Set<String> NAMES = names();

        private static Set<String> names() {
            List<String> names = new ArrayList<>();
            for (java.time.format.TextStyle style : List.of(java.time.format.TextStyle.FULL, java.time.format.TextStyle.SHORT)) {
                for (java.time.Month m : java.time.Month.values()) {
                    names.add(m.getDisplayName(style, Locale.ENGLISH));
                }
                for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                    names.add(d.getDisplayName(style, Locale.ENGLISH));
                }
            }
            names.add("Sept");
            return Set.copyOf(names);
        }
    }
}
