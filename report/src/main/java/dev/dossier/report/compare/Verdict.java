package dev.dossier.report.compare;

import java.util.Locale;

/** How a news field compares with SIPRI's; {@link #key()} is its name in compare.json. */
public enum Verdict {
    /** Both give it and they agree (dates to SIPRI's year, values within 5 %). */
    AGREE,
    /** Both give it and they do not agree. */
    DIFFER,
    /** Only the news gives it. */
    NEWS_ONLY,
    /** Only SIPRI gives it. */
    SIPRI_ONLY,
    /** Both give it but in terms that cannot be compared: battalions against systems, francs against dollars. */
    INCOMPARABLE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
