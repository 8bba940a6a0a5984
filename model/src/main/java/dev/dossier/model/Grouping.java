package dev.dossier.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The group stage's answer for a set of documents. */
public record Grouping(List<DocumentGroup> groups) {
    public Grouping {
        groups = Checks.list(groups, "groups");
    }

    public Optional<DocumentGroup> of(String documentId) {
        return groups.stream().filter(g -> g.document().equals(documentId)).findFirst();
    }

    /** Document id → group, in the order given. */
    public Map<String, DocumentGroup> byDocument() {
        Map<String, DocumentGroup> map = new LinkedHashMap<>();
        groups.forEach(g -> map.put(g.document(), g));
        return map;
    }
}
