package dev.dossier.extract.text;

import dev.dossier.extract.meta.Bylines;
import dev.dossier.extract.meta.CreditLine;
import dev.dossier.extract.meta.DateParser;
import dev.dossier.model.PartialDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The top of an article: its headline (the first real line, when it reads as a headline), then
 * a byline ("By …" or a bare name right under the headline) and a date line. These lines are
 * metadata and leave the body.
 */
public record Header(Optional<String> title, Optional<String> author, Optional<PartialDate> date, Set<Integer> lines) {
    /** Where a headline may come from. */
    public enum TitleSource { FIRST_LINE, KNOWN_TITLE_ONLY }

    private static final Pattern DATE_LINE_WORDS = Pattern.compile(
            "(?i)\\b(published|updated|posted|last updated|modified|created|source|on|at|am|pm|gmt|utc|[a-z]{2,4}t|"
                    + "mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\d{1,2}:\\d\\d|[|•·,:;/()-]");

    public Header {
        lines = Set.copyOf(lines);
    }

    public static Header find(List<Line> lines, JunkKind[] junk, Optional<String> knownTitle, TitleSource source) {
        return find(lines, junk, knownTitle, source, java.util.OptionalInt.empty());
    }

    /** As {@link #find(List, JunkKind[], Optional, TitleSource)}, with the headline line the page's URL spells, when known. */
    public static Header find(List<Line> lines, JunkKind[] junk, Optional<String> knownTitle, TitleSource source,
            java.util.OptionalInt urlTitle) {
        int i = next(junk, 0);
        if (i >= lines.size()) {
            return new Header(Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
        }
        Set<Integer> used = new HashSet<>();
        int title = knownTitle.isPresent() ? knownTitleIndex(lines, junk, i, knownTitle.get())
                : source != TitleSource.FIRST_LINE ? -1
                : urlTitle.isPresent() ? urlTitle.getAsInt() : headlineIndex(lines, junk, i);
        if (title < 0) {
            Header top = byline(lines, junk, i, Optional.empty(), used);
            return source == TitleSource.FIRST_LINE && knownTitle.isEmpty() ? headlineBelow(lines, junk, top) : top;
        }
        for (int k = i; k <= title; k = next(junk, k + 1)) {
            used.add(k);
        }
        return byline(lines, junk, next(junk, title + 1), Optional.of(lines.get(title).text()), used);
    }

    /**
     * The headline among the lines above the article: the last line of four or more words that reads
     * as a headline before the first byline, date line or prose; what stands above it (masthead,
     * section label, menu) is page furniture. Failing that, the last shorter one of two or more words
     * that is not a masthead ("The Example Herald" / "World" / "Navy buys tankers"); failing that, the
     * first line when it reads as a headline.
     */
    private static int headlineIndex(List<Line> lines, JunkKind[] junk, int from) {
        int best = -1;
        int shorter = -1;
        for (int k = from, seen = 0; k < lines.size() && seen < 10; k = next(junk, k + 1), seen++) {
            String text = lines.get(k).text();
            boolean headline = Texts.headlineLike(text);
            if (!headline && Texts.prose(text) || creditLine(text)) {
                break;
            }
            if (headline && Texts.wordCount(text) >= 4) {
                best = k;
            } else if (headline && Texts.wordCount(text) >= 2 && Clues.mastheadName(text).isEmpty()) {
                shorter = k;
            }
        }
        if (best >= 0 || shorter >= 0) {
            return best >= 0 ? best : shorter;
        }
        String first = lines.get(from).text();
        return Texts.headlineLike(first) && !creditLine(first) ? from : -1;
    }

    /** A date or byline line above the headline ("Posted: 2 May 2021" / headline / prose): the headline is the line under it. */
    private static Header headlineBelow(List<Line> lines, JunkKind[] junk, Header top) {
        if (top.lines().isEmpty()) {
            return top;
        }
        int below = next(junk, top.lines().stream().mapToInt(Integer::intValue).max().getAsInt() + 1);
        if (below >= lines.size()) {
            return top;
        }
        String text = lines.get(below).text();
        if (!Texts.headlineLike(text) || Texts.wordCount(text) < 3 || Texts.prose(text) || creditLine(text)) {
            return top;
        }
        Set<Integer> used = new HashSet<>(top.lines());
        used.add(below);
        return new Header(Optional.of(text), top.author(), top.date(), used);
    }

    /** The line among the first few that is the known headline, or -1. */
    private static int knownTitleIndex(List<Line> lines, JunkKind[] junk, int from, String title) {
        for (int k = from, seen = 0; k < lines.size() && seen < 3; k = next(junk, k + 1), seen++) {
            if (same(lines.get(k).text(), title)) {
                return k;
            }
        }
        return -1;
    }

    private static Header byline(List<Line> lines, JunkKind[] junk, int from, Optional<String> title, Set<Integer> used) {
        Optional<String> author = Optional.empty();
        Optional<PartialDate> date = Optional.empty();
        for (int i = from, seen = 0; i < lines.size() && seen < 3; i = next(junk, i + 1), seen++) {
            String text = lines.get(i).text();
            Optional<CreditLine> credit = CreditLine.parse(text);
            Optional<String> by = credit.isPresent() ? credit.get().author() : Bylines.byLine(text);
            if (by.isEmpty() && credit.isEmpty() && seen == 0 && title.isPresent()) {
                by = Bylines.bareName(text);
            }
            Optional<String> byFinal = by;
            Optional<PartialDate> when = credit.flatMap(CreditLine::date).or(() -> dateLine(text, byFinal.isPresent()));
            Optional<PartialDate> whenFinal = when;
            if (credit.isEmpty() && by.isEmpty() && when.isEmpty()) {
                break;
            }
            author = author.or(() -> byFinal);
            date = date.or(() -> whenFinal);
            used.add(i);
        }
        return new Header(title, author, date, used);
    }

    /** A byline or date line: "By …", a date alone, or date, author and credits joined by "|" or "by". */
    private static boolean creditLine(String text) {
        return Bylines.byLine(text).isPresent() || dateLine(text, false).isPresent() || CreditLine.parse(text).isPresent();
    }

    /** The date of a line that is only a date (with "Published", times, weekdays), or of a byline. */
    private static Optional<PartialDate> dateLine(String text, boolean byline) {
        List<DateParser.Found> found = DateParser.standard().find(text);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (byline) {
            return Optional.of(found.get(0).date());
        }
        StringBuilder restOfLine = new StringBuilder(text);
        for (int k = found.size() - 1; k >= 0; k--) {
            restOfLine.delete(found.get(k).start(), found.get(k).end());
        }
        String rest = restOfLine.toString();
        rest = DATE_LINE_WORDS.matcher(rest).replaceAll(" ").strip();
        return rest.length() <= 12 ? Optional.of(found.get(0).date()) : Optional.empty();
    }

    private static int next(JunkKind[] junk, int from) {
        int i = from;
        while (i < junk.length && junk[i] != null) {
            i++;
        }
        return i;
    }

    /** The same headline, or one is the other with a kicker or site name around it ("BREAKING: …", "… | Site"). */
    public static boolean same(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() < y.length() ? x : y;
        String longer = x.length() < y.length() ? y : x;
        return shorter.split(" ").length >= 4 && longer.contains(shorter) && shorter.length() * 3 >= longer.length() * 2;
    }

    /**
     * {@code s} in lower case with each run of code points other than letters and numbers made one space,
     * trimmed, as {@code [^\\p{L}\\p{N}]+} replaced by a space would give it, without the regex.
     */
    static String norm(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            boolean kept = Texts.letterOrNumber(c);
            if (kept) {
                out.appendCodePoint(c);
            } else if (!gap) {
                out.append(' ');
            }
            gap = !kept;
        }
        return out.toString().strip();
    }
}
