package dev.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Contradiction;
import dev.dossier.model.Deal;
import dev.dossier.model.Event;
import dev.dossier.model.Grouping;
import dev.dossier.model.Reconciliation;
import dev.dossier.reconcile.Scopes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Scopes} on the examples read by the default stages (several weapon systems, a follow-on
 * contract, contradictions): each scope reconciled on its own gives exactly that scope's parts of
 * the whole reconcile, and the order keys put parts gathered from several reconciles back in the
 * whole reconcile's order.
 */
class ScopesTest {
    private static List<AnnotatedDocument> documents;
    private static List<Assertion> claims;
    private static Grouping grouping;
    private static Reconciliation whole;
    private static final Stages STAGES = Stages.defaults();

    @BeforeAll
    static void readExamples() {
        Path examples = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        Assumptions.assumeTrue(Files.isDirectory(examples), "no " + examples);
        RunResult run = new Pipeline(STAGES, new PipelineConfig(2)).run(List.of(examples), Progress.SILENT);
        documents = run.documents().stream().map(DocumentResult::annotated).toList();
        claims = run.documents().stream().flatMap(r -> r.assertions().stream()).toList();
        grouping = run.dossier().grouping();
        whole = STAGES.reconciler().reconcile(documents, claims, grouping);
    }

    @Test
    void eachScopeReconciledAloneGivesItsPartsOfTheWhole() {
        assertTrue(claims.stream().allMatch(a -> Scopes.of(a).isPresent()), "every claim of the examples has a scope");
        Map<String, List<Assertion>> byScope = claims.stream()
                .collect(Collectors.groupingBy(a -> Scopes.of(a).orElseThrow(), TreeMap::new, Collectors.toList()));
        assertTrue(byScope.size() >= 3, "the examples speak of several systems: " + byScope.keySet());
        List<Event> events = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        List<Contradiction> contradictions = new ArrayList<>();
        byScope.forEach((scope, ofScope) -> {
            Reconciliation part = STAGES.reconciler().reconcile(documents, ofScope, grouping);
            part.events().forEach(e -> assertEquals(scope, Scopes.of(e).orElseThrow(), e.id()));
            part.deals().forEach(d -> assertEquals(scope, Scopes.of(d), d.id()));
            events.addAll(part.events());
            deals.addAll(part.deals());
            contradictions.addAll(part.contradictions());
        });
        Map<String, String> keys = Scopes.orderKeys(new Reconciliation(events, deals, contradictions, List.of(),
                List.of()));
        assertEquals(whole.events(), sorted(events, Event::id, keys));
        assertEquals(whole.deals(), sorted(deals, Deal::id, keys));
        assertEquals(whole.contradictions(), sorted(contradictions, Contradiction::id, keys));
        Scopes.Timeline timeline = Scopes.timeline(whole.events());
        assertEquals(whole.timeline(), timeline.dated());
        assertEquals(whole.undated(), timeline.undated());
    }

    @Test
    void orderKeysGiveBackTheWholeReconcilesOrderFromAnyOrder() {
        Map<String, String> keys = Scopes.orderKeys(whole);
        for (long seed = 1; seed <= 5; seed++) {
            assertEquals(whole.events(), sorted(shuffled(whole.events(), seed), Event::id, keys));
            assertEquals(whole.deals(), sorted(shuffled(whole.deals(), seed), Deal::id, keys));
            assertEquals(whole.contradictions(), sorted(shuffled(whole.contradictions(), seed), Contradiction::id, keys));
        }
        assertTrue(whole.contradictions().size() > 1 && whole.deals().size() > 1, "enough parts to order");
    }

    @Test
    void interferenceNamesWhatCouldReachAScopeFromOutside() {
        Set<String> reach = Scopes.interference(claims, whole.deals());
        assertTrue(reach.contains("target:poland"), "a sanction on a buyer could link to its deals: " + reach);
        assertTrue(reach.stream().anyMatch(k -> k.startsWith("nosystem:")), "claims without a system join any");
        assertTrue(reach.stream().anyMatch(k -> k.startsWith("placeholder:")), "placeholders look up their parties");
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> id,
            Map<String, String> keys) {
        List<T> out = new ArrayList<>(items);
        out.sort(Comparator.comparing(item -> keys.get(id.apply(item))));
        return out;
    }

    private static <T> List<T> shuffled(List<T> items, long seed) {
        List<T> out = new ArrayList<>(items);
        Collections.shuffle(out, new Random(seed));
        return out;
    }
}
