package dev.dossier.extract.text;

import dev.dossier.extract.meta.DateParser;
import dev.dossier.model.DateBasis;
import dev.dossier.model.Metadata;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front matter at the top of a text file: an optional {@code ---} line, then {@code key: value}
 * lines (url, title, outlet, published, language, author), then a {@code ---} line. It is
 * metadata, never body text. Without the closing {@code ---} there is no front matter.
 */
public record FrontMatter(Metadata metadata, String rest) {
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*(url|link|title|headline|outlet|source|site|published|date|language|lang|author|byline)\\s*:\\s*(.*?)\\s*$",
            Pattern.CASE_INSENSITIVE);

    public static FrontMatter parse(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i < lines.length && lines[i].strip().equals("---")) {
            i++;
        }
        Metadata metadata = Metadata.empty();
        int entries = 0;
        for (; i < lines.length; i++, entries++) {
            Matcher m = ENTRY.matcher(lines[i]);
            if (!m.matches()) {
                break;
            }
            metadata = with(metadata, m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2)));
        }
        if (entries == 0 || i >= lines.length || !lines[i].strip().equals("---")) {
            return new FrontMatter(Metadata.empty(), text);
        }
        return new FrontMatter(metadata, String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length)));
    }

    private static Metadata with(Metadata m, String key, String value) {
        if (value.isEmpty() || value.equalsIgnoreCase("null") || value.equals("~")) {
            return m;
        }
        return switch (key) {
            case "url", "link" -> m.withUrl(value);
            case "title", "headline" -> m.withTitle(value);
            case "outlet", "source", "site" -> m.withOutlet(value);
            case "author", "byline" -> m.withAuthor(value);
            case "language", "lang" -> m.withLanguage(value.toLowerCase(Locale.ROOT));
            default -> date(value).map(d -> m.withPublished(new PublicationDate(d, DateBasis.METADATA))).orElse(m);
        };
    }

    /** An ISO date ("2022", "2022-08", "2022-08-23T10:00Z") or a written one ("23 August 2022"). */
    public static Optional<PartialDate> date(String value) {
        Matcher iso = Pattern.compile("^((?:19|20)\\d\\d)(?:-(\\d\\d)(?:-(\\d\\d))?)?(?:[T ].*)?$").matcher(value.strip());
        if (iso.matches()) {
            try {
                return Optional.of(PartialDate.parse(iso.group(1) + (iso.group(2) == null ? "" : "-" + iso.group(2))
                        + (iso.group(3) == null ? "" : "-" + iso.group(3))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return DateParser.standard().first(value);
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1).strip();
        }
        return v;
    }
}
