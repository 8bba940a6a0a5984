package dev.dossier.app.explain;

/** The pipeline stage that lost a gold item, or that made an extra one, as {@code dossier explain} names it. */
public enum Stage {
    NO_DOCUMENT("no document"),
    DOCUMENT_FIELD("cleaning or metadata"),
    NO_SENTENCE("no sentence with the parties or system"),
    NO_TRIGGER("no trigger"),
    WRONG_TYPE("wrong type"),
    NO_DATE("no date"),
    WRONG_DATE("wrong date"),
    WRONG_ROLE("wrong role"),
    WRONG_SYSTEM("wrong system"),
    MERGED("merged into another event"),
    WRONG_STATUS("wrong status"),
    NO_DEAL("no deal"),
    SLOT_VALUE("slot wrong value"),
    NOT_FLAGGED("not flagged"),
    WRONG_SPEAKER("attribution wrong speaker"),
    WRONG_STANCE("attribution wrong stance"),
    NOT_GROUPED("copies not grouped"),
    NOT_IN_GOLD("not in the gold");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
