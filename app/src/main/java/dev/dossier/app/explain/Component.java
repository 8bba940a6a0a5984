package dev.dossier.app.explain;

import java.util.Locale;

/** The score components {@code dossier explain} reports on, in score.py's order. */
public enum Component {
    DOCUMENTS, DEALS, SLOTS, EVENTS, CONTRADICTIONS, ATTRIBUTION, WIRE;

    /** The name on the command line and in the JSON ("events"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
