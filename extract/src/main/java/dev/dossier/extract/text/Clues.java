package dev.dossier.extract.text;

import dev.dossier.extract.meta.DateParser;
import dev.dossier.extract.meta.Dateline;
import dev.dossier.extract.meta.OutletCues;
import dev.dossier.model.DateBasis;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Precision;
import dev.dossier.model.PublicationDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlet and publication date from the text itself, each with its evidence. The publication date
 * cascade, strongest first: a date line in the header (else a time stamp amid the text, "Updated:
 * 3 May 2021 10:15") giving the day &gt; dateline &gt; that date line or stamp &gt; a dated photo caption
 * with a credit (month precision) &gt; a date in the URL &gt; a copyright year. Dates in other
 * furniture ("Since July 1 we have disabled ads") and dates of events in the body are never used.
 */
public final class Clues {
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d{1,2})(?:[/-](\\d{1,2}))?(?=[/-]|$)");
    /** A year then a month name in a URL path: "/2019/september/", "/news/2023/jun/28/". */
    private static final Pattern URL_NAMED_MONTH = Pattern.compile("/((?:19|20)\\d\\d)/(\\p{L}{3,12})(?:/(\\d{1,2}))?(?=[/-]|$)");
    /** A wire credit naming the reporter: "(Reporting by Jane Roe; Editing by …)". */
    private static final Pattern REPORTING_BY = Pattern.compile("^[(\\[]?\\s*(?i:reporting|reported|writing|written|text) by\\s+(.+)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern MASTHEAD = Pattern.compile(
            "^(The\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(\\s+(of\\s+|the\\s+|&\\s+|and\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*){1,4}$");
    private static final java.util.Set<String> OUTLET_WORDS = outletWords();
    private static final Pattern FILE_PHOTO = Pattern.compile("(?i)\\b(file|archive|archival)( photo| picture| image)?\\b");

    private Clues() {}

    /** The outlet named in furniture: a copyright holder first, then a self-reference, then a domain. */
    public static Optional<String> outlet(List<Line> lines, JunkKind[] junk) {
        Optional<String> selfReference = Optional.empty();
        Optional<String> domain = Optional.empty();
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == null || !junk[i].mayNameOutlet()) {
                continue;
            }
            String text = lines.get(i).text();
            Optional<String> name = OutletCues.name(text, junk[i] == JunkKind.TEASER);
            if (name.isPresent() && (junk[i] == JunkKind.COPYRIGHT || junk[i] == JunkKind.LEGAL)) {
                return name;
            }
            selfReference = selfReference.isPresent() ? selfReference : name;
            domain = domain.isPresent() ? domain : OutletCues.domain(text);
        }
        return selfReference.isPresent() ? selfReference : domain;
    }

    /**
     * The reporter a wire credit line names ("(Reporting by Jane Roe in Oslo; Editing by …)"), for a
     * page with no byline: the wire's reporter wrote the text. Additional reporting names no author.
     */
    public static Optional<String> reportedBy(List<Line> lines, JunkKind[] junk) {
        for (int i = 0; i < junk.length; i++) {
            Matcher m = junk[i] == JunkKind.CREDIT ? REPORTING_BY.matcher(lines.get(i).text()) : null;
            if (m != null && m.find()) {
                Optional<String> author = dev.dossier.extract.meta.Bylines.byLine("By " + m.group(1));
                if (author.isPresent()) {
                    return author;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The masthead: the first line of the page, above the headline, when it is a short title-case name
     * with an outlet word ("The Example Herald", "EXAMPLE DEFENCE REVIEW"); an all-capitals name is
     * given in title case. Section labels ("Military & Security") have no outlet word.
     */
    public static Optional<String> masthead(List<Line> lines, JunkKind[] junk, Header header) {
        int first = 0;
        while (first < junk.length && junk[first] != null) {
            first++;
        }
        if (first >= lines.size() || header.title().isEmpty() || !header.lines().contains(first)
                || Header.same(lines.get(first).text(), header.title().get())) {
            return Optional.empty();
        }
        return mastheadName(lines.get(first).text());
    }

    /** The outlet a masthead-shaped line names (short, title case, with an outlet word), or empty. */
    public static Optional<String> mastheadName(String text) {
        if (!MASTHEAD.matcher(text).matches() || Texts.wordCount(text) > 5) {
            return Optional.empty();
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (OUTLET_WORDS.contains(word)) {
                return Optional.of(text.equals(text.toUpperCase(Locale.ROOT)) ? titleCase(text) : text);
            }
        }
        return Optional.empty();
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(word.isEmpty() ? word
                    : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return out.toString();
    }

    /** The publication date the text supports, or empty. */
    public static Optional<PublicationDate> published(List<Line> lines, JunkKind[] junk, Optional<PartialDate> headerDate,
            List<String> paragraphs, Optional<String> url) {
        Optional<PublicationDate> caption = captionDate(lines, junk).map(d -> new PublicationDate(d, DateBasis.TEXT));
        Optional<PublicationDate> fromUrl = url.flatMap(Clues::urlDate).map(d -> new PublicationDate(d, DateBasis.URL));
        Optional<PublicationDate> copyright = copyrightYear(lines, junk)
                .map(y -> new PublicationDate(PartialDate.ofYear(y), DateBasis.COPYRIGHT));
        Optional<PublicationDate> text = headerDate.or(() -> stampDate(lines, junk)).map(d -> new PublicationDate(d, DateBasis.TEXT));
        Optional<Integer> year = text.or(() -> caption).or(() -> fromUrl).or(() -> copyright).map(p -> p.date().year());
        Optional<PublicationDate> dateline = paragraphs.isEmpty() ? Optional.empty()
                : datelineDate(paragraphs.get(0), year).map(d -> new PublicationDate(d, DateBasis.DATELINE));
        // The page's own date line to the day dates the page; a wire dateline may be a day older (reprints).
        Optional<PublicationDate> headerDay = text.filter(p -> p.date().precision() == Precision.DAY);
        return headerDay.or(() -> dateline).or(() -> text).or(() -> caption).or(() -> fromUrl).or(() -> copyright);
    }

    static Optional<PartialDate> datelineDate(String paragraph, Optional<Integer> year) {
        Optional<Dateline> dateline = Dateline.of(paragraph);
        if (dateline.isEmpty() || dateline.get().dateText().isEmpty()) {
            return Optional.empty();
        }
        String text = dateline.get().dateText();
        Optional<PartialDate> full = DateParser.standard().first(text);
        if (full.isPresent()) {
            return full;
        }
        Optional<int[]> monthDay = DateParser.standard().monthDay(text);
        if (monthDay.isEmpty() || year.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(year.get(), monthDay.get()[0], monthDay.get()[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The date of the first time stamp amid the text ("Published: 3 May 2021 10:15"), or empty. */
    private static Optional<PartialDate> stampDate(List<Line> lines, JunkKind[] junk) {
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == JunkKind.STAMP) {
                Optional<PartialDate> date = DateParser.standard().first(lines.get(i).text());
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** A photo caption with a credit dates the page to the month (the picture may be a few days older). */
    private static Optional<PartialDate> captionDate(List<Line> lines, JunkKind[] junk) {
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == JunkKind.CREDIT && !FILE_PHOTO.matcher(lines.get(i).text()).find()) {
                Optional<PartialDate> date = DateParser.standard().first(lines.get(i).text());
                if (date.isPresent() && date.get().precision() != Precision.YEAR) {
                    return Optional.of(date.get().truncate(Precision.MONTH));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> copyrightYear(List<Line> lines, JunkKind[] junk) {
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == JunkKind.COPYRIGHT) {
                Matcher m = YEAR.matcher(lines.get(i).text());
                int latest = 0;
                while (m.find()) {
                    latest = Math.max(latest, Integer.parseInt(m.group(1)));
                }
                if (latest > 0) {
                    return Optional.of(latest);
                }
            }
        }
        return Optional.empty();
    }

    private static java.util.Set<String> outletWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String[] row : dev.dossier.extract.Resources.tsv("outlet-words.tsv")) {
            words.add(row[0].strip());
        }
        return java.util.Set.copyOf(words);
    }

    public static Optional<PartialDate> urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return namedMonthUrlDate(url);
        }
        try {
            int month = Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), month, day));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<PartialDate> namedMonthUrlDate(String url) {
        Matcher m = URL_NAMED_MONTH.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<Integer> month = DateParser.standard().month(m.group(2));
        try {
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return month.map(n -> new PartialDate(Integer.parseInt(m.group(1)), n, day));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
