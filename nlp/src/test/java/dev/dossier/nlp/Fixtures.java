package dev.dossier.nlp;

import dev.dossier.model.Document;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Metadata;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.DateBasis;
import java.util.Optional;

/** Documents for tests, written for the project. */
public final class Fixtures {
    private Fixtures() {}

    public static Document document(String body) {
        Metadata metadata = Metadata.empty().withPublished(
                new PublicationDate(PartialDate.parse("2023-03-14"), DateBasis.values()[0]));
        return new Document("doc1", "fixture.txt", metadata, body, DocumentStatus.OK, Optional.empty());
    }
}
