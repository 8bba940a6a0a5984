package dev.dossier.extract.meta;

import dev.dossier.model.PartialDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A byline or date line whose fields are joined by "|", "·", "•" or "by": "19 March 2019 | Jane Doe",
 * "May 2, 2021 by Staff Writer", "Posted by Jane Doe | 2 May 2021 | 5 min read", "Posted: 2 May 2021",
 * "May 2, 2021 | Example Wire Service", "Staff Reporter | Example Wire". Every field must be a date,
 * a person, a credit (an agency, "Staff Writer", "admin", an acronym) or a reading time; a credit is
 * never the author.
 */
public record CreditLine(Optional<String> author, Optional<PartialDate> date) {
    private static final Pattern FIELDS = Pattern.compile("\\s*[|·•]\\s*");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(posted|published|updated|last updated|first published|filed|date)(\\s+on)?\\s*:?\\s*");
    private static final Pattern BY = Pattern.compile("(?i)^(posted|published|written|words|text|reporting)?\\s*by\\s+");
    private static final Pattern INNER_BY = Pattern.compile("(?i)\\s+by\\s+");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i)\\b(on|at|am|pm|gmt|utc|[a-z]{2,4}t|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|"
                    + "friday|saturday|sunday)\\b|\\d{1,2}[:.]\\d\\d|[,:/-]");
    private static final Pattern STAFF = Pattern.compile(
            "(?i)^(staff|our|special|senior|defence|defense|political|foreign|news) ?(reporter|writer|correspondent|editor|desk)s?$|^(staff|admin|administrator|editor|webmaster)$|\\bnews desk$");
    private static final Pattern READING_TIME = Pattern.compile("(?i)^\\d+\\s*(min|mins|minute|minutes)( read)?$");
    private static final Pattern CREDIT = Pattern.compile("^\\p{Lu}[\\p{L}.&'’-]*(\\s+(of\\s+|the\\s+|&\\s+)?\\p{Lu}[\\p{L}.&'’-]*){0,4}$");

    public CreditLine {
        java.util.Objects.requireNonNull(date, "date");
        author = java.util.Objects.requireNonNull(author, "author").filter(a -> !a.isBlank());
    }

    /** The author and date of a credit line, or empty when some field is not a date, person, credit or reading time. */
    public static Optional<CreditLine> parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > 140) {
            return Optional.empty();
        }
        Optional<String> author = Optional.empty();
        Optional<PartialDate> date = Optional.empty();
        boolean labelled = false;
        for (String field : fields(text)) {
            Optional<PartialDate> when = date(field);
            Optional<String> who = when.isPresent() ? Optional.empty() : person(field);
            if (when.isEmpty() && who.isEmpty() && !credit(field)) {
                return Optional.empty();
            }
            labelled |= BY.matcher(field).find() || LABEL.matcher(field).find() || STAFF.matcher(field.strip()).find();
            date = date.or(() -> when);
            author = author.or(() -> who);
        }
        // Without a date, a "by" or a staff credit, "Sea Power | Air Power" is a menu, not a byline.
        if (date.isEmpty() && !labelled) {
            return Optional.empty();
        }
        return Optional.of(new CreditLine(author, date));
    }

    /** The fields of the line; "DATE by NAME" is two fields. */
    private static List<String> fields(String text) {
        List<String> fields = new java.util.ArrayList<>();
        for (String field : FIELDS.split(text)) {
            java.util.regex.Matcher by = INNER_BY.matcher(field);
            if (by.find() && by.start() > 0 && date(field.substring(0, by.start())).isPresent()) {
                fields.add(field.substring(0, by.start()));
                fields.add(field.substring(by.start()).strip());
            } else if (!field.isBlank()) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** The date of a field that is only a date (with a label, weekday or time). */
    private static Optional<PartialDate> date(String field) {
        String text = LABEL.matcher(field.strip()).replaceFirst("");
        List<DateParser.Found> found = DateParser.standard().find(text);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String rest = text.substring(0, found.get(0).start()) + text.substring(found.get(0).end());
        return DATE_WORDS.matcher(rest).replaceAll(" ").isBlank() ? Optional.of(found.get(0).date()) : Optional.empty();
    }

    /** The person a field names ("By Jane Doe", "Posted by Jane Doe", "Jane Doe"), or empty. */
    private static Optional<String> person(String field) {
        java.util.regex.Matcher by = BY.matcher(field);
        if (by.find()) {
            return Bylines.byLine("By " + field.substring(by.end()));
        }
        return Bylines.bareName(field).or(() -> Bylines.byLine("By " + field.strip())
                .filter(names -> names.length() == field.strip().length()));
    }

    /** An agency, a staff credit, an acronym or a reading time: allowed in a credit line, never the author. */
    private static boolean credit(String field) {
        String text = BY.matcher(field.strip()).replaceFirst("");
        return READING_TIME.matcher(text).matches() || CREDIT.matcher(text).matches() || STAFF.matcher(text).find();
    }
}
