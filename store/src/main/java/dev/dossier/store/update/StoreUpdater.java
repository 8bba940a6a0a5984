package dev.dossier.store.update;

import dev.dossier.group.GroupMemo;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Checks;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.DocumentId;
import dev.dossier.model.Dossier;
import dev.dossier.model.Grouping;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Reconciliation;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Progress;
import dev.dossier.pipeline.Stages;
import dev.dossier.reconcile.EvidenceReconciler;
import dev.dossier.reconcile.Scopes;
import dev.dossier.store.DossierStore;
import dev.dossier.store.ScopedAdd;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The add: new articles go into an existing store without re-reading any earlier source.
 * Documents already stored (same source path, same bytes) are not read again, and an add that
 * brings nothing new writes nothing.
 *
 * <p>An add is worked out on what it touches when it can be ({@link #scopedAdd}): the new
 * documents are grouped against their candidates only ({@link MinHashGrouper#extend}), and only
 * the weapon systems their claims name (the {@link Scopes}) are reconciled again, from the stored
 * results of the documents that make claims about them; the parts of those systems are replaced.
 * Its cost follows the systems it touches, not the store's size. Its events, deals, contradictions
 * and timeline are exactly those reconciling everything gives (the scopes are chosen so, and an
 * add whose claims could reach further, such as a sanction, which may link to a deal of any
 * system, is reconciled whole); its wire groups and origins too. Its stories come close to a whole
 * clustering's but may differ (story clustering weighs every document against every other):
 * {@code dossier rebuild} groups and reconciles everything again and gives exactly what
 * {@code analyze} gives.
 *
 * <p>Otherwise ({@link #wholeAdd}: the first add, a store written before scoped adds, an add
 * with a claim that has no scope, a store whose self-check found its parts at odds with its
 * documents) every stored document is grouped and reconciled again, which gives what
 * {@code Pipeline.run} gives for the same documents, and the grouping memos of every document are
 * kept for the next add. Either way the dossier is worked out before anything is written, so a stage
 * that throws leaves the store as it was, and the new documents and the dossier are committed in
 * one transaction.
 *
 * <p>Writers must not run concurrently on one store; this class serialises its own adds.
 */
public final class StoreUpdater {
    private final Pipeline pipeline;
    private final Stages stages;
    private final DossierStore store;

    public StoreUpdater(Stages stages, PipelineConfig config, DossierStore store) {
        this.stages = Checks.present(stages, "stages");
        this.pipeline = new Pipeline(stages, Checks.present(config, "config"));
        this.store = Checks.present(store, "store");
    }

    /** Reads {@code inputs} (files or folders) and adds what is new. */
    public AddResult add(List<Path> inputs) {
        return addRaw(pipeline.ingest(inputs));
    }

    /**
     * Adds raw documents (as posted to the API, or ingested by {@link #add}). A store whose
     * reconciled parts lag behind its documents, or whose self-check on opening found them at odds
     * with its documents, is rebuilt by the next add even when that add brings nothing new
     * ({@link #repair}).
     */
    public synchronized AddResult addRaw(List<RawDocument> raws) {
        List<RawDocument> sorted = new ArrayList<>(raws);
        sorted.sort(Comparator.comparing(RawDocument::source));
        Set<String> known = store.containsDocuments(sorted.stream().map(StoreUpdater::idOf).toList());
        List<String> alreadyStored = sorted.stream().map(StoreUpdater::idOf).filter(known::contains).toList();
        List<RawDocument> fresh = sorted.stream().filter(raw -> !known.contains(idOf(raw))).toList();
        List<DocumentResult> read = unique(pipeline.readAll(fresh, Progress.SILENT));
        if (read.isEmpty() && !store.health().reconcileNeeded()) {
            return new AddResult(List.of(), alreadyStored, List.of(), List.of(), Optional.empty());
        }
        if (!read.isEmpty() && !store.health().reconcileNeeded() && store.scoped()) {
            Optional<AddResult> scoped = scopedAdd(read, alreadyStored);
            if (scoped.isPresent()) {
                return scoped.get();
            }
        }
        return wholeAdd(read, alreadyStored);
    }

    /**
     * Rebuilds the reconciled parts from the stored documents when the store's self-check found
     * them at odds ({@link DossierStore#health}); returns whether it did. A store that is sound
     * is left as it is.
     */
    public synchronized boolean repair() {
        if (!store.health().reconcileNeeded()) {
            return false;
        }
        addRaw(List.of());
        return true;
    }

    /**
     * Groups and reconciles every stored document again, with the new ones (what
     * {@code dossier rebuild} does with none), and keeps every document's grouping memo.
     */
    public synchronized AddResult rebuild() {
        return wholeAdd(List.of(), List.of());
    }

    private AddResult wholeAdd(List<DocumentResult> read, List<String> alreadyStored) {
        Grouping before = store.grouping();
        List<DocumentResult> all = new ArrayList<>(store.documentResults());
        all.addAll(read);
        Dossier dossier = pipeline.assemble(all).dossier();
        List<String> added;
        if (stages.grouper() instanceof MinHashGrouper grouper && store.scoped() && !read.isEmpty()
                && !store.health().reconcileNeeded()) {
            // the memos kept stay: only the new documents' are added, and the counts moved
            added = store.commitAdd(read, dossier, grouper.extend(store.groupMemory(),
                    read.stream().map(r -> r.annotated().document()).toList()));
        } else if (stages.grouper() instanceof MinHashGrouper grouper) {
            List<GroupMemo> memos = grouper.memos(all.stream().map(r -> r.annotated().document()).toList(),
                    dossier.grouping());
            added = store.commitAdd(read, dossier, memos);
        } else {
            added = store.commitAdd(read, dossier);
        }
        return new AddResult(added, alreadyStored, unreadable(read, added),
                touched(before.byDocument(), dossier.grouping().groups(), added), Optional.empty());
    }

    /**
     * The add worked out on what it touches, or empty when it cannot be exact so (see the class
     * comment); nothing is written then.
     */
    private Optional<AddResult> scopedAdd(List<DocumentResult> read, List<String> alreadyStored) {
        if (!(stages.grouper() instanceof MinHashGrouper grouper) || !(stages.reconciler() instanceof EvidenceReconciler)) {
            return Optional.empty();
        }
        List<Assertion> newClaims = read.stream().flatMap(r -> r.assertions().stream()).toList();
        if (newClaims.stream().anyMatch(a -> Scopes.of(a).isEmpty())) {
            return Optional.empty();
        }
        Set<String> fresh = new TreeSet<>(read.stream().map(StoreUpdater::idOf).toList());
        MinHashGrouper.Extension extension = grouper.extend(store.groupMemory(),
                read.stream().map(r -> r.annotated().document()).toList());
        Map<String, DocumentGroup> before = store.groupMemory().groups(extension.groups().stream()
                .map(DocumentGroup::document).filter(d -> !fresh.contains(d)).toList());
        // a stored document whose wire group or origin changed counts its claims' origins anew
        List<String> recounted = extension.groups().stream().filter(g -> before.containsKey(g.document()))
                .filter(g -> !g.wireGroup().equals(before.get(g.document()).wireGroup())
                        || !g.origin().equals(before.get(g.document()).origin()))
                .map(DocumentGroup::document).toList();
        Set<String> recountedKeys = recounted.isEmpty() ? Set.of() : store.postingsOf(recounted);
        if (recountedKeys.contains(Scopes.UNSCOPED)) {
            return Optional.empty();
        }
        Set<String> scopes = new TreeSet<>();
        newClaims.forEach(a -> scopes.add(Scopes.of(a).orElseThrow()));
        recountedKeys.stream().filter(k -> k.startsWith("sys:")).forEach(scopes::add);
        Set<String> storedDocuments = new TreeSet<>(store.documentsPosting(scopes));
        storedDocuments.removeAll(fresh);
        List<DocumentResult> results = new ArrayList<>(store.resultsOf(storedDocuments));
        results.addAll(read);
        results.sort(DocumentResult.IN_PIPELINE_ORDER);
        List<Assertion> claims = results.stream().flatMap(r -> r.assertions().stream())
                .filter(a -> Scopes.of(a).map(scopes::contains).orElse(false)).toList();
        Map<String, DocumentGroup> rows = new HashMap<>(store.groupMemory().groups(storedDocuments));
        extension.groups().forEach(g -> rows.put(g.document(), g));
        Grouping grouping = new Grouping(results.stream().map(r -> rows.get(idOf(r))).toList());
        List<AnnotatedDocument> annotated = results.stream().map(DocumentResult::annotated).toList();
        Reconciliation parts = stages.reconciler().reconcile(annotated, claims, grouping);
        Reconciliation old = store.partsIn(scopes);
        Set<String> reach = Scopes.interference(claims, Stream.concat(old.deals().stream(), parts.deals().stream()).toList());
        if (!store.documentsPosting(reach).isEmpty()) {
            return Optional.empty();
        }
        List<String> added = store.commitScoped(new ScopedAdd(read, extension, scopes, parts,
                Pipeline.entitiesOf(read.stream().map(DocumentResult::annotated).toList())));
        return Optional.of(new AddResult(added, alreadyStored, unreadable(read, added),
                touched(before, extension.groups(), added),
                Optional.of(new AddResult.Scoping(List.copyOf(scopes), storedDocuments.size(),
                        extension.groups()))));
    }

    /** One result per document id (two raw documents can only share an id if they share source and bytes). */
    private static List<DocumentResult> unique(List<DocumentResult> results) {
        Map<String, DocumentResult> byId = new LinkedHashMap<>();
        results.forEach(r -> byId.putIfAbsent(idOf(r), r));
        return List.copyOf(byId.values());
    }

    private static String idOf(RawDocument raw) {
        return DocumentId.of(raw.source(), raw.content());
    }

    private static String idOf(DocumentResult result) {
        return result.annotated().document().id();
    }

    private static List<String> unreadable(List<DocumentResult> read, List<String> added) {
        return read.stream().map(r -> r.annotated().document())
                .filter(d -> !d.ok() && added.contains(d.id())).map(Document::id).toList();
    }

    /**
     * Stories of the new documents, and every story (old or new) of a document whose group
     * changed: {@code before} holds the earlier rows (of at least the documents in {@code after}
     * that were stored), {@code after} the rows written now.
     */
    static List<String> touched(Map<String, DocumentGroup> before, List<DocumentGroup> after, List<String> added) {
        Set<String> stories = new TreeSet<>();
        for (DocumentGroup group : after) {
            DocumentGroup previous = before.get(group.document());
            if (added.contains(group.document()) || !group.equals(previous)) {
                stories.add(group.story());
                if (previous != null) {
                    stories.add(previous.story());
                }
            }
        }
        return List.copyOf(stories);
    }
}
