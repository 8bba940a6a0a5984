package dev.dossier.report;

import dev.dossier.model.Dossier;
import java.util.ArrayList;
import java.util.List;

/** "12 documents (1 failed), 9 events, 2 deals, 1 contradiction": one line that says what a run found. */
public final class Summary {
    private Summary() {}

    public static String of(Dossier dossier) {
        long failed = count(dossier, dev.dossier.model.DocumentStatus.FAILED);
        long skipped = count(dossier, dev.dossier.model.DocumentStatus.SKIPPED);
        List<String> notes = new ArrayList<>();
        if (failed > 0) {
            notes.add(failed + " failed");
        }
        if (skipped > 0) {
            notes.add(skipped + " skipped");
        }
        String documents = Wording.counted(dossier.documents().size(), "document")
                + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
        return String.join(", ", documents, Wording.counted(dossier.events().size(), "event"),
                Wording.counted(dossier.deals().size(), "deal"),
                Wording.counted(dossier.contradictions().size(), "contradiction"));
    }

    private static long count(Dossier dossier, dev.dossier.model.DocumentStatus status) {
        return dossier.documents().stream().filter(d -> d.status() == status).count();
    }
}
