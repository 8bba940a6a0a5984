package dev.dossier.app.serve;

import dev.dossier.model.Checks;
import dev.dossier.model.Contradiction;
import dev.dossier.model.Deal;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Event;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.Stance;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON shapes the API adds around the model records (which it serves as they are). */
final class Views {
    private Views() {}

    /** A document without its body, for lists and for naming sources. */
    record DocumentSummary(String id, String source, Optional<String> title, Optional<String> outlet,
            Optional<String> author, Optional<String> url, Optional<PublicationDate> published,
            Optional<String> language, DocumentStatus status, Optional<String> problem, Optional<String> story,
            Optional<String> wireGroup, Optional<String> origin, int length) {
        DocumentSummary {
            Checks.text(id, "id");
            Checks.text(source, "source");
            Checks.present(status, "status");
            Checks.nonNegative(length, "length");
        }

        static DocumentSummary of(Document d, Optional<DocumentGroup> group) {
            return new DocumentSummary(d.id(), d.source(), d.metadata().title(), d.metadata().outlet(),
                    d.metadata().author(), d.metadata().url(), d.metadata().published(), d.metadata().language(),
                    d.status(), d.problem(), group.map(DocumentGroup::story), group.flatMap(DocumentGroup::wireGroup),
                    group.flatMap(DocumentGroup::origin), d.body().length());
        }
    }

    /** One piece of evidence in a document: an event source's span, with its event's type and status. */
    record EvidenceSpan(String event, EventType type, EventStatus status, int start, int end, String quote,
            Stance stance, Optional<String> attributedTo, Optional<String> via, String rule) {
        EvidenceSpan {
            Checks.text(event, "event");
            Checks.nonNegative(start, "start");
            if (end < start) {
                throw new IllegalArgumentException("end must not precede start: " + start + ".." + end);
            }
        }
    }

    /** A document with its body, the evidence in it, and the other documents of its wire group (copies of one text). */
    record DocumentPage(DocumentSummary summary, String body, List<EvidenceSpan> evidence,
            List<DocumentSummary> copies) {
        DocumentPage {
            Checks.present(summary, "summary");
            Checks.present(body, "body");
            evidence = Checks.list(evidence, "evidence");
            copies = Checks.list(copies, "copies");
        }
    }

    record DealPage(Deal deal, List<Event> events, List<Contradiction> contradictions,
            Map<String, DocumentSummary> documents) {
        /** {@code documents} may lose its order: the JSON mapper writes map keys sorted. */
        DealPage {
            Checks.present(deal, "deal");
            events = Checks.list(events, "events");
            contradictions = Checks.list(contradictions, "contradictions");
            documents = Checks.map(documents, "documents");
        }
    }

    record Page<T>(long total, int offset, List<T> items) {
        Page {
            Checks.nonNegative(offset, "offset");
            items = Checks.list(items, "items");
        }
    }

    record Facets(List<String> countries, List<String> systems, List<EventType> eventTypes) {
        Facets {
            countries = Checks.list(countries, "countries");
            systems = Checks.list(systems, "systems");
            eventTypes = Checks.list(eventTypes, "eventTypes");
        }
    }

    record Status(String schema, long revision, int documents, int deals, int events, int contradictions) {}
}
