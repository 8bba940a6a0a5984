package dev.dossier.spark;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Entity;
import dev.dossier.model.Mention;
import dev.dossier.model.QuantityMention;
import dev.dossier.pipeline.DocumentResult;
import java.util.List;
import java.util.Map;

/**
 * Shares equal entities between decoded results. JSON gives every mention its own copy of its
 * entity (with all its aliases); on the driver, which holds every document at once, one instance
 * per distinct entity is enough. Interning is by value, so nothing that differs is merged.
 * Thread-safe: results may be decoded in parallel.
 */
final class Interner {
    private final Map<Entity, Entity> entities = new java.util.concurrent.ConcurrentHashMap<>();

    DocumentResult intern(DocumentResult result) {
        AnnotatedDocument a = result.annotated();
        List<Mention> mentions = a.mentions().stream()
                .map(m -> new Mention(m.span(), m.text(), one(m.entity()), m.kind(), m.rule()))
                .toList();
        List<QuantityMention> quantities = a.quantities().stream()
                .map(q -> new QuantityMention(q.span(), q.text(), q.quantity(), q.ordinal(), q.entity().map(this::one),
                        q.rule()))
                .toList();
        return new DocumentResult(new AnnotatedDocument(a.document(), a.tokens(), a.sentences(), mentions, a.times(),
                a.money(), quantities, a.attributions()), result.assertions());
    }

    private Entity one(Entity entity) {
        return entities.computeIfAbsent(entity, e -> e);
    }
}
