package dev.dossier.group.fingerprint;

import java.util.regex.Pattern;

/**
 * Quotations inside one paragraph ("…", “…”, «…», „…“, 「…」) of at least a few words. Independent
 * reports of one event often quote the same statement at length; what makes two texts copies of
 * one another is the reporter's own narrative they share, so quotations are left out of the
 * fingerprint.
 */
public final class Quotations {
    private static final Pattern QUOTATION = Pattern.compile(
            "\"[^\"\\n]{20,}?\"|\u201C[^\u201D\\n]{20,}?\u201D|\u00AB[^\u00BB\\n]{20,}?\u00BB"
                    + "|\u201E[^\u201C\u201D\\n]{20,}?[\u201C\u201D]|\u300C[^\u300D\\n]{10,}?\u300D");

    private Quotations() {}

    /** {@code text} with each quotation of 20 or more characters (10 in CJK corner brackets) replaced by a space. */
    public static String removed(String text) {
        return QUOTATION.matcher(text).replaceAll(" ");
    }
}
