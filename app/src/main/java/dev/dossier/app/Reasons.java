package dev.dossier.app;

import dev.dossier.model.Document;

/** How the command line names a document that was not read. */
public final class Reasons {
    private Reasons() {}

    /** "source: reason", naming the source once whether or not the reason already starts with it. */
    public static String named(Document document) {
        String reason = document.problem().orElse("no reason given");
        return reason.startsWith(document.source() + ": ") ? reason : document.source() + ": " + reason;
    }
}
