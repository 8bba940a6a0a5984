package dev.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.Dossier;
import dev.dossier.store.json.RecordJson;
import java.util.List;

/** What every {@link DossierStore} must do, run against H2 and PostgreSQL alike. */
final class StoreContract {
    private StoreContract() {}

    static void roundTrip(DossierStore store, Dossier dossier) {
        assertEquals(List.of(SampleDossier.A, SampleDossier.B, SampleDossier.HOSTILE),
                store.putDocuments(SampleDossier.results()));
        store.saveReconciled(dossier);
        assertEquals(RecordJson.write(dossier), RecordJson.write(store.dossier()));
        assertEquals(RecordJson.write(SampleDossier.results()), RecordJson.write(store.documentResults()));
        assertEquals("Gripen", store.deal("deal-1").orElseThrow().system());
        assertEquals(SampleDossier.BODY_B, store.document(SampleDossier.B).orElseThrow().body());
    }

    static void idempotent(DossierStore store) {
        store.putDocuments(SampleDossier.results());
        store.saveReconciled(SampleDossier.dossier());
        long revision = store.revision();
        assertEquals(List.of(), store.putDocuments(SampleDossier.results()));
        store.saveReconciled(SampleDossier.dossier());
        assertEquals(revision, store.revision());
        assertEquals(3, store.documents().size());
    }

    /**
     * A result is stored {@link dev.dossier.pipeline.DocumentResult#reduced reduced}: its tokens
     * (most of a result, read only by the per-document stages) are not kept; what grouping and
     * reconciling read (document, sentences, mentions, assertions) comes back whole.
     */
    static void resultsAreStoredReduced(DossierStore store) {
        dev.dossier.pipeline.DocumentResult sample = SampleDossier.results().get(0);
        dev.dossier.model.AnnotatedDocument a = sample.annotated();
        List<dev.dossier.model.Token> tokens = List.of(
                new dev.dossier.model.Token(new dev.dossier.model.Span(0, 6), dev.dossier.model.TokenKind.WORD),
                new dev.dossier.model.Token(new dev.dossier.model.Span(7, 13), dev.dossier.model.TokenKind.WORD));
        dev.dossier.pipeline.DocumentResult full = new dev.dossier.pipeline.DocumentResult(
                new dev.dossier.model.AnnotatedDocument(a.document(), tokens, a.sentences(), a.mentions(),
                        a.times(), a.money(), a.quantities(), a.attributions()), sample.assertions());
        store.putDocuments(List.of(full));
        List<dev.dossier.pipeline.DocumentResult> back = store.documentResults();
        assertEquals(List.of(), back.get(0).annotated().tokens());
        assertEquals(RecordJson.write(List.of(full.reduced())), RecordJson.write(back));
        assertEquals(sample.annotated().mentions(), back.get(0).annotated().mentions());
    }

    /** A source path of 10,000 characters (once over the column's 4,000) is stored with the rest. */
    static void longSource(DossierStore store) {
        String source = "deep/".repeat(1_999) + "a.txt";
        dev.dossier.model.Document document = new dev.dossier.model.Document(
                dev.dossier.model.DocumentId.of(source, new byte[] {1}), source, dev.dossier.model.Metadata.empty(),
                "Officials confirmed the order.", dev.dossier.model.DocumentStatus.OK, java.util.Optional.empty());
        List<dev.dossier.pipeline.DocumentResult> results = new java.util.ArrayList<>(SampleDossier.results());
        results.add(new dev.dossier.pipeline.DocumentResult(dev.dossier.model.AnnotatedDocument.bare(document), List.of()));
        assertEquals(4, store.putDocuments(results).size());
        assertEquals(source, store.document(document.id()).orElseThrow().source());
    }
}
