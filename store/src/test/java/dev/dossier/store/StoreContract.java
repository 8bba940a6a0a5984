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
}
