package dev.dossier.model;

import java.util.Map;

/** One source of a reconciled event, with what it itself claims where sources differ (slot → value). */
public record EventSource(Evidence evidence, Map<String, String> claims) {
    public EventSource {
        Checks.present(evidence, "evidence");
        claims = Checks.map(claims, "claims");
    }
}
