package dev.dossier.extract.meta;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publishing outlet named in a page's own furniture: "© 2022, Example News", "A message
 * from The Example Times:", "… newsletter … from The Example Times", "EXN special:", www.example.com.
 * Only furniture lines are read: an outlet named inside the article is a source, not the publisher.
 */
public final class OutletCues {
    private static final String WORD = "(?:\\p{Lu}|\\d+\\p{L})[\\p{L}\\p{N}&'’-]*(?:\\.[\\p{L}\\p{N}]+)*";
    private static final String NAME = "((?:The\\s+)?" + WORD + "(?:\\s+(?:of\\s+|&\\s+)?" + WORD + "){0,4})";
    private static final int FLAGS = Pattern.UNICODE_CASE;
    private static final Pattern COPYRIGHT = Pattern.compile("(?:[©ⓒ]|\\([cC]\\)|[Cc]opyright)(?:\\s*(?:[©ⓒ]|\\([cC]\\)))?\\s*(?:(?:19|20)\\d\\d"
            + "(?:\\s*[-–]\\s*(?:19|20)?\\d\\d)?\\s*[,.]?\\s*)?(?:by\\s+)?(?:[©ⓒ]\\s*)?" + NAME, FLAGS);
    private static final Pattern MESSAGE = Pattern.compile("(?i:^an? (?:message|note|letter|word) from)\\s+" + NAME, FLAGS);
    private static final Pattern FROM = Pattern.compile("(?i:\\bfrom)\\s+" + NAME, FLAGS);
    private static final Pattern SPECIAL = Pattern.compile("^" + NAME + "\\s+(?i:[\\p{L}]+):", FLAGS);
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)\\b(?:https?://)?(?:www\\.)?((?:[a-z0-9-]+\\.)+(?:com|org|net|info|news|tv|co\\.uk|ru|tr|de|fr|in|io|eu|az|am|ua|cn))\\b");
    private static final Pattern YEAR_OR_NOISE = Pattern.compile("(?i)^(?:all rights reserved|\\d+|the|all)$");

    private OutletCues() {}

    /** The outlet named by a copyright line, a self-reference or a teaser label, or empty. */
    public static Optional<String> name(String line, boolean teaserLabel) {
        String text = line.strip();
        for (Pattern p : teaserLabel ? new Pattern[] {SPECIAL} : new Pattern[] {COPYRIGHT, MESSAGE, FROM}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = clean(m.group(1));
                if (!name.isEmpty() && !YEAR_OR_NOISE.matcher(name).matches()) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** A web domain a furniture line names (without "www."), or empty. */
    public static Optional<String> domain(String line) {
        Matcher m = DOMAIN.matcher(line);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static String clean(String name) {
        String n = name.strip().replaceAll("(?i)\\s+(all rights reserved|inc|ltd|llc|gmbh)\\.?$", "");
        return n.replaceAll("[\\s.,;:]+$", "");
    }
}
