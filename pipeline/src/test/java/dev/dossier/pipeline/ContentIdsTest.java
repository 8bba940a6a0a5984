package dev.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Contradiction;
import dev.dossier.model.Deal;
import dev.dossier.model.Event;
import dev.dossier.model.Grouping;
import dev.dossier.model.Reconciliation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Ids derived from content, on the examples read by the default stages: reconciling only the
 * claims of one supplier and system (what an incremental add re-reconciles) gives that key's
 * deals, events and contradictions, ids included, exactly as reconciling every claim does.
 */
class ContentIdsTest {
    @Test
    void reconcilingTheClaimsOfOneSupplierAndSystemGivesTheirPartsOfTheWholeReconcile() {
        Path examples = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        Assumptions.assumeTrue(Files.isDirectory(examples), "no " + examples);
        Stages stages = Stages.defaults();
        RunResult run = new Pipeline(stages, new PipelineConfig(2)).run(List.of(examples), Progress.SILENT);
        List<AnnotatedDocument> documents = run.documents().stream().map(DocumentResult::annotated).toList();
        List<Assertion> claims = run.documents().stream().flatMap(r -> r.assertions().stream()).toList();
        Grouping grouping = run.dossier().grouping();
        Reconciliation whole = stages.reconciler().reconcile(documents, claims, grouping);
        Map<String, List<Assertion>> byKey = claims.stream().filter(a -> a.roles().supplier().isPresent()
                && a.roles().system().isPresent())
                .collect(Collectors.groupingBy(ContentIdsTest::key, TreeMap::new, Collectors.toList()));
        Map<String, Deal> deals = byId(whole.deals(), Deal::id);
        Map<String, Event> events = byId(whole.events(), Event::id);

        assertTrue(byKey.size() >= 3, "the examples speak of several systems: " + byKey.keySet());
        int dealsOfKeys = 0;
        int followers = 0;
        int contradictions = 0;
        for (List<Assertion> ofKey : byKey.values()) {
            Reconciliation part = stages.reconciler().reconcile(documents, ofKey, grouping);
            assertFalse(part.deals().isEmpty(), "a deal of " + key(ofKey.get(0)));
            dealsOfKeys += part.deals().size();
            for (Deal deal : part.deals()) {
                assertEquals(deals.get(deal.id()), deal);
                followers += deal.follows().isPresent() ? 1 : 0;
            }
            for (Event event : part.events()) {
                assertEquals(events.get(event.id()), event);
            }
            Set<String> ofParts = part.deals().stream().map(Deal::id).collect(Collectors.toSet());
            List<Contradiction> expected = whole.contradictions().stream()
                    .filter(c -> c.deal().filter(ofParts::contains).isPresent()).toList();
            assertEquals(expected, part.contradictions());
            contradictions += expected.size();
        }
        assertEquals(whole.deals().size(), dealsOfKeys, "each deal is one key's");
        assertTrue(followers > 0, "the examples have a deal that follows another");
        assertTrue(contradictions > 0, "the examples have contradictions");
    }

    private static String key(Assertion a) {
        return a.roles().supplier().orElseThrow().toLowerCase(Locale.ROOT) + "|"
                + a.roles().system().orElseThrow().toLowerCase(Locale.ROOT);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, x -> x));
    }
}
