package dev.dossier.pipeline;

/** The per-document stages, named for a person reading why a document was stopped. */
enum DocumentStage {
    EXTRACTION("extraction"),
    LANGUAGE("the language layer"),
    EVENTS("event reading");

    private final String description;

    DocumentStage(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
