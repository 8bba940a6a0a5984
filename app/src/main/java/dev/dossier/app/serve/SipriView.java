package dev.dossier.app.serve;

import dev.dossier.report.Reports;
import dev.dossier.report.compare.CompareReports;
import dev.dossier.report.compare.NewsDossier;
import dev.dossier.report.compare.SipriCompare;
import dev.dossier.report.compare.SipriRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/compare}: the served dossier compared with the SIPRI register given to
 * {@code serve --sipri}, as compare.json. Computed once per store revision.
 */
final class SipriView {
    private final Optional<List<SipriRow>> register;
    private final SipriCompare compare;
    private long revision = -1;
    private String json;

    SipriView(Optional<List<SipriRow>> register) {
        this.register = register.map(List::copyOf);
        this.compare = register.isPresent() ? SipriCompare.standard() : null;
    }

    synchronized String compareJson(Snapshot snapshot) {
        if (register.isEmpty()) {
            throw new ApiException(404, "no_register", "the server was started without a SIPRI register: "
                    + "start it with dossier serve --sipri REGISTER.csv");
        }
        if (json == null || revision != snapshot.revision()) {
            json = CompareReports.json(compare.compare(register.get(), news(snapshot)));
            revision = snapshot.revision();
        }
        return json;
    }

    private static NewsDossier news(Snapshot snapshot) {
        try {
            return NewsDossier.parse("store", Reports.json(snapshot.dossier()));
        } catch (IOException e) {
            throw new UncheckedIOException("the dossier.json the server writes is always readable", e);
        }
    }
}
