package dev.dossier.model;

/** When a document was published, and the evidence for it. */
public record PublicationDate(PartialDate date, DateBasis basis) {
    public PublicationDate {
        Checks.present(date, "date");
        Checks.present(basis, "basis");
    }
}
