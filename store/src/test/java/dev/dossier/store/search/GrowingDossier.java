package dev.dossier.store.search;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.DateBasis;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Dossier;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventSource;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.Evidence;
import dev.dossier.model.Grouping;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Metadata;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.Roles;
import dev.dossier.model.Span;
import dev.dossier.model.Stance;
import dev.dossier.pipeline.DocumentResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A dossier that grows as a store does under scoped adds (written for these tests: invented
 * articles about arms transfers, no real story): each add brings a few articles, each the source
 * of a new event, gives old events sources among them (some of those events change type, which
 * retypes their articles) and now and then drops an event. Seeded, so every run is the same.
 */
final class GrowingDossier {
    private static final String[] COUNTRIES = {"Sweden", "Chile", "Brazil", "India", "Poland", "Egypt", "Norway",
        "Turkey"};
    private static final String[] SYSTEMS = {"Gripen", "Leopard", "Patriot", "Rafale", "Himars", "Caesar"};
    private static final String[] MONTHS = {"January", "March", "May", "June", "September", "November"};
    private static final EventType[] TYPES = {EventType.DELIVERY, EventType.CONTRACT_SIGNED, EventType.TALKS};

    private final Random random = new Random(20261206);
    private final List<DocumentResult> results = new ArrayList<>();
    private final Map<String, Event> events = new LinkedHashMap<>();

    /** The results of every article so far. */
    List<DocumentResult> results() {
        return List.copyOf(results);
    }

    /** Adds {@code articles} articles and changes events as a scoped add does; returns the added articles' results. */
    List<DocumentResult> add(int articles) {
        List<DocumentResult> added = addArticles(articles);
        changeEvents(added);
        return added;
    }

    /** The dossier as it stands: its articles and events (what the index reads of it). */
    Dossier dossier() {
        return new Dossier(results.stream().map(r -> r.annotated().document()).toList(), new Grouping(List.of()),
                List.of(), List.copyOf(events.values()), List.of(), List.of(), List.of(), List.of());
    }

    /** Adds {@code count} articles, each the source of a new event, and nothing else. */
    List<DocumentResult> addArticles(int count) {
        List<DocumentResult> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DocumentResult result = article(results.size());
            results.add(result);
            added.add(result);
            Document document = result.annotated().document();
            String id = "e" + document.id();
            events.put(id, event(id, TYPES[random.nextInt(TYPES.length)], List.of(source(document))));
        }
        return added;
    }

    /** Gives old events sources among the added articles, retypes some and drops one now and then. */
    private void changeEvents(List<DocumentResult> added) {
        List<String> ids = new ArrayList<>(events.keySet());
        for (DocumentResult result : added) {
            Event old = events.get(ids.get(random.nextInt(ids.size() - added.size())));
            List<EventSource> sources = new ArrayList<>(old.sources());
            sources.add(source(result.annotated().document()));
            EventType type = random.nextInt(3) == 0 ? TYPES[random.nextInt(TYPES.length)] : old.type();
            events.put(old.id(), event(old.id(), type, sources));
        }
        if (random.nextBoolean()) {
            events.remove(ids.get(random.nextInt(ids.size() - added.size())));
        }
    }

    private Event event(String id, EventType type, List<EventSource> sources) {
        Roles roles = Roles.transfer(COUNTRIES[id.hashCode() & 3], COUNTRIES[4 + (id.length() & 3)],
                SYSTEMS[Math.floorMod(id.hashCode(), SYSTEMS.length)]);
        PartialDate date = PartialDate.ofMonth(2019 + Math.floorMod(id.hashCode(), 5), 1 + random.nextInt(12));
        return new Event(id, type, roles, Optional.of(date), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), EventStatus.REPORTED, Optional.empty(), sources, Optional.empty());
    }

    /** The article's first sentence as evidence. */
    private static EventSource source(Document document) {
        int end = document.body().indexOf('.') + 1;
        Evidence evidence = new Evidence(document.id(), new Span(0, end), document.body().substring(0, end),
                Stance.ASSERTS, Optional.empty(), Optional.empty(), "test-v1");
        return new EventSource(evidence, Map.of());
    }

    private DocumentResult article(int n) {
        String supplier = pick(COUNTRIES);
        String recipient = pick(COUNTRIES);
        String system = pick(SYSTEMS);
        int year = 2019 + random.nextInt(5);
        StringBuilder body = new StringBuilder(String.format(Locale.ROOT,
                "%s delivered the first batch of %d %s to %s in %s %d.", supplier, 2 + random.nextInt(40), system,
                recipient, pick(MONTHS), year));
        int paragraphs = 1 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            body.append("\n\n").append(switch (random.nextInt(4)) {
                case 0 -> recipient + " signed a contract for more " + system + " systems, officials said.";
                case 1 -> "Officials in " + pick(COUNTRIES) + " said the talks went on for months.";
                case 2 -> "The " + pick(SYSTEMS) + " tanks were delivered by sea, the ministry said.";
                default -> "A spokesman declined to comment on the value of the " + system + " deal.";
            });
        }
        String id = String.format(Locale.ROOT, "%016x", 0xa000L + n);
        Metadata metadata = Metadata.empty().withTitle(system + " news from " + recipient).withLanguage("en")
                .withPublished(new PublicationDate(PartialDate.ofMonth(year, 1 + random.nextInt(12)),
                        DateBasis.METADATA));
        Document document = new Document(id, String.format(Locale.ROOT, "article-%05d.txt", n), metadata,
                body.toString(), DocumentStatus.OK, Optional.empty());
        List<Mention> mentions = new ArrayList<>();
        for (String country : List.of(supplier, recipient)) {
            int at = body.indexOf(country);
            mentions.add(new Mention(new Span(at, at + country.length()), country,
                    new Entity(country.toLowerCase(Locale.ROOT), country, EntityType.COUNTRY), MentionKind.NAME,
                    "test-v1"));
        }
        return new DocumentResult(new AnnotatedDocument(document, List.of(), List.of(), mentions, List.of(),
                List.of(), List.of(), List.of()), List.of());
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
