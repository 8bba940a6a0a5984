package dev.dossier.extract.text;

import java.util.Locale;

/** Why a line is page furniture rather than article text. */
public enum JunkKind {
    ENDMATTER, UI,
    /** A time stamp of the page amid the text ("Updated: 19-10-2022 17:05 IST"): furniture, but it may date the page. */
    STAMP,
    ADS, COOKIE, NEWSLETTER, APPEAL, COMMENTS, SHARE, RELATED, TEASER, TRENDS, CAPTION, CREDIT, COPYRIGHT,
    LEGAL;

    /** Newsletter, donation and comment furniture: what follows it is furniture too until real prose returns. */
    public boolean opensClosingZone() {
        return this == NEWSLETTER || this == APPEAL || this == COMMENTS;
    }

    /** "About Example Corp", "Media contact": press-release end matter; nothing after it is the article. */
    public boolean endsArticle() {
        return this == ENDMATTER;
    }

    /** "Next Article", "Related", "X special:": the headlines right after it are teasers. */
    public boolean marksTeasers() {
        return this == RELATED || this == TEASER;
    }

    /** Lines that may say who published the page (copyright, self-promotion). */
    public boolean mayNameOutlet() {
        return this == COPYRIGHT || this == LEGAL || this == APPEAL || this == NEWSLETTER || this == TEASER;
    }

    static JunkKind parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
