package dev.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.DateBasis;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Metadata;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an as-of cut keeps: published by the end of the day, a month or year counted at its last day. */
class AsOfCutTest {
    private static DocumentResult published(String source, String date) {
        Metadata metadata = date == null ? Metadata.empty()
                : Metadata.empty().withPublished(new PublicationDate(PartialDate.parse(date), DateBasis.METADATA));
        Document document = new Document("id-" + source, source, metadata, "body", DocumentStatus.OK, Optional.empty());
        return new DocumentResult(AnnotatedDocument.bare(document), List.of());
    }

    @Test
    void keepsWhatWasCertainlyPublishedByTheDate() {
        List<DocumentResult> results = List.of(published("a", "2022-03-10"), published("b", "2022-03-15"),
                published("c", "2022-03"), published("d", "2022"), published("e", "2022-03-16"), published("f", null),
                published("g", "2022-02"), published("h", "2021"));
        AsOf.Cut cut = new AsOf(LocalDate.of(2022, 3, 15)).cut(results);
        assertEquals(List.of("a", "b", "g", "h"), cut.kept().stream().map(r -> r.annotated().document().source()).toList());
        assertEquals(3, cut.publishedLater());
        assertEquals(1, cut.undated());
    }
}
