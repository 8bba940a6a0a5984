package dev.dossier.extract.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire-style dateline at the start of the first paragraph: "WASHINGTON, Aug 23 (Reuters) -",
 * "ANKARA, Turkey (AP) —", "MOSCOW, 23 August 2022 –". Gives the place, the agency and, when
 * written, the month and day (and year).
 */
public record Dateline(String place, Optional<String> agency, String dateText) {
    private static final Pattern LEAD = Pattern.compile(
            "^([\\p{Lu}][\\p{Lu}.'’ -]{1,40}?)(?:,\\s*([^()\\-–—]{2,40}?))?"
                    + "\\s*(?:\\(([^)]{2,40})\\))?\\s*[-–—]{1,2}\\s");

    /** The dateline {@code paragraph} opens with, or empty. Needs an agency or a date to count. */
    public static Optional<Dateline> of(String paragraph) {
        Matcher m = LEAD.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group(1).strip();
        String date = m.group(2) == null ? "" : m.group(2).strip();
        Optional<String> agency = Optional.ofNullable(m.group(3)).map(String::strip);
        if (place.length() < 3 || agency.isEmpty() && date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(place, agency, date));
    }
}
