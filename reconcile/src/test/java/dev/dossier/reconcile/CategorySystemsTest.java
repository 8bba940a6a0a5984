package dev.dossier.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.Evidence;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Metadata;
import dev.dossier.model.Roles;
import dev.dossier.model.Span;
import dev.dossier.model.Stance;
import dev.dossier.model.SystemCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A claim about "the drones" takes the drone system that other documents name for the same parties. */
class CategorySystemsTest {
    private static final String DRONES = new SystemCategory(Set.of("drone", "loitering-munition")).placeholder();
    private final List<AnnotatedDocument> docs = new ArrayList<>();
    private final List<Assertion> claims = new ArrayList<>();

    /** A document whose body names {@code systems} (each: name, category, origin). */
    private void doc(String id, String... systems) {
        StringBuilder body = new StringBuilder("Text:");
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < systems.length; i += 3) {
            int at = body.length() + 1;
            body.append(' ').append(systems[i]);
            Entity e = new Entity("w:" + systems[i], systems[i], EntityType.WEAPON, List.of(),
                    Map.of("category", systems[i + 1], "country", systems[i + 2]));
            mentions.add(new Mention(new Span(at, at + systems[i].length()), systems[i], e, MentionKind.NAME, "test"));
        }
        Document d = new Document(id, id + ".txt", Metadata.empty(), body.toString(), DocumentStatus.OK,
                Optional.empty());
        docs.add(new AnnotatedDocument(d, List.of(), List.of(), mentions, List.of(), List.of(), List.of(), List.of()));
    }

    private void claim(String doc, Roles roles, EventStatus status) {
        Stance stance = status == EventStatus.DENIED ? Stance.DENIES : Stance.ASSERTS;
        Evidence e = new Evidence(doc, new Span(0, 5), "Text:", stance, Optional.empty(), Optional.empty(), "test");
        claims.add(new Assertion(doc + "-" + claims.size(), EventType.DELIVERY, roles, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), status, Optional.empty(), e));
    }

    private List<String> resolved() {
        return new CategorySystems(docs).resolve(claims).stream()
                .map(a -> a.roles().supplier().orElse("?") + ">" + a.roles().recipient().orElse("?") + " "
                        + a.roles().system().orElse("-") + " " + a.status()).toList();
    }

    @Test
    void aDeniedCategoryClaimTakesTheSystemNamedForTheSameBuyerAndItsSeller() {
        doc("a", "Kestrel-4", "drone", "Norway", "Falx-200", "ballistic-missile", "Norway");
        doc("b");
        claim("a", Roles.transfer("Norway", "Chile", "Kestrel-4"), EventStatus.ASSERTED);
        claim("a", Roles.transfer("Norway", "Chile", "Falx-200"), EventStatus.ASSERTED);
        claim("b", Roles.none().withRecipient("Chile").withSystem(DRONES), EventStatus.DENIED);
        assertEquals(List.of("Norway>Chile Kestrel-4 ASSERTED", "Norway>Chile Falx-200 ASSERTED",
                "Norway>Chile Kestrel-4 DENIED"), resolved());
    }

    @Test
    void theSystemMoreDocumentsClaimForThePartiesWinsAndATieDropsTheClaim() {
        doc("a", "Kestrel-4", "drone", "Norway");
        doc("b", "Kestrel-4", "drone", "Norway");
        doc("c", "Skua-7", "drone", "Norway");
        doc("d");
        claim("a", Roles.transfer("Norway", "Chile", "Kestrel-4"), EventStatus.ASSERTED);
        claim("b", Roles.transfer("Norway", "Chile", "Kestrel-4"), EventStatus.ASSERTED);
        claim("c", Roles.transfer("Norway", "Chile", "Skua-7"), EventStatus.ASSERTED);
        claim("d", Roles.transfer("Norway", "Chile", DRONES), EventStatus.ASSERTED);
        assertEquals("Norway>Chile Kestrel-4 ASSERTED", resolved().get(3));
        claims.remove(1);
        assertEquals(List.of("Norway>Chile Kestrel-4 ASSERTED", "Norway>Chile Skua-7 ASSERTED"), resolved());
    }

    @Test
    void aDocumentThatOnlyNamesASystemDoesNotChangeWhatAPlaceholderStandsFor() {
        doc("a", "Kestrel-4", "drone", "Norway");
        doc("c", "Skua-7", "drone", "Norway");
        doc("d");
        claim("a", Roles.transfer("Norway", "Chile", "Kestrel-4"), EventStatus.ASSERTED);
        claim("c", Roles.transfer("Norway", "Chile", "Skua-7"), EventStatus.ASSERTED);
        claim("d", Roles.transfer("Norway", "Chile", DRONES), EventStatus.ASSERTED);
        assertEquals(2, resolved().size(), "a tie between the two claimed systems drops the placeholder");
        doc("e", "Skua-7", "drone", "Norway");
        doc("f", "Skua-7", "drone", "Norway");
        claim("e", Roles.transfer("Norway", "Peru", "Skua-7"), EventStatus.ASSERTED);
        assertEquals(3, resolved().size(), "claims about other parties and bare mentions do not break the tie");
    }

    @Test
    void aCategoryWithNoNamedSystemForThePartiesIsDropped() {
        doc("a", "Kestrel-4", "drone", "Norway");
        doc("b");
        claim("a", Roles.transfer("Norway", "Chile", "Kestrel-4"), EventStatus.ASSERTED);
        claim("b", Roles.transfer("Norway", "Peru", DRONES), EventStatus.ASSERTED);
        assertEquals(List.of("Norway>Chile Kestrel-4 ASSERTED"), resolved());
    }

    @Test
    void aClaimWhoseSentenceReadTheSellerAsBuyerTakesTheMakerAsSeller() {
        doc("a", "Falx-200", "ballistic-missile", "Norway");
        doc("b");
        claim("a", Roles.transfer("Norway", "Chile", "Falx-200"), EventStatus.ASSERTED);
        claim("b", Roles.transfer("Chile", "Norway",
                new SystemCategory(Set.of("missile", "ballistic-missile")).placeholder()), EventStatus.ASSERTED);
        assertEquals("Norway>Chile Falx-200 ASSERTED", resolved().get(1));
    }

    @Test
    void aSystemThatNoMentionGivesACategoryIsNoCandidateAndTheRunGoesOn() {
        doc("a", "Kestrel-4", "drone", "Norway");
        doc("b");
        claim("a", Roles.transfer("Norway", "Chile", "Kestrel-4"), EventStatus.ASSERTED);
        claim("a", Roles.transfer("Norway", "Chile", "Tern-9"), EventStatus.ASSERTED);
        claim("b", Roles.transfer("Norway", "Chile", DRONES), EventStatus.DENIED);
        assertEquals(List.of("Norway>Chile Kestrel-4 ASSERTED", "Norway>Chile Tern-9 ASSERTED",
                "Norway>Chile Kestrel-4 DENIED"), resolved());
    }
}
