package dev.dossier.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.model.Contradiction;
import dev.dossier.model.ContradictionValue;
import dev.dossier.model.Deal;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.Dossier;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.EventSource;
import dev.dossier.model.Evidence;
import dev.dossier.model.Money;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Quantity;
import dev.dossier.model.Roles;
import dev.dossier.model.Slot;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes {@code dossier.json}: the published contract of DESIGN.md, field by field, in a fixed
 * key order. Unknown values are {@code null}, never left out; dates are ISO strings at their
 * precision; entity and event types are upper case ({@code "COUNTRY"}, {@code "DELIVERY"}) as
 * DESIGN.md shows them, every other enum lower case; every {@code sources} list of a slot or
 * contradiction holds document ids.
 *
 * <p>Built by hand rather than by mapping the records, because the contract is a view for
 * readers and scorers, not the records' own shape: roles are flattened into the event, a
 * document carries its group, amounts print as integers. The store's {@code RecordJson} is the
 * other JSON form: a round-trip codec of the records themselves (and a later layer).
 */
final class DossierJsonWriter {
    static final String SCHEMA = "dossier/1";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DossierJsonWriter() {}

    /** The pretty-printed document, "\n" line endings, ending in a newline. */
    static String write(Dossier dossier) {
        StringWriter text = new StringWriter();
        try {
            write(dossier, text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter never fails", e);
        }
        return text.toString();
    }

    /**
     * Streams the same text as {@link #write(Dossier)} to {@code out}, one array element at a
     * time, so that memory holds one document, event or deal's nodes, never the whole tree or
     * text (559 MB at 100,000 generated articles). Leaves {@code out} open.
     */
    static void write(Dossier dossier, Writer out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(printer());
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            Map<String, DocumentGroup> groups = dossier.grouping().byDocument();
            elements(json, "documents", dossier.documents(), d -> document(d, groups.get(d.id())));
            elements(json, "entities", dossier.entities(), DossierJsonWriter::entity);
            elements(json, "events", dossier.events(), DossierJsonWriter::event);
            elements(json, "deals", dossier.deals(), DossierJsonWriter::deal);
            elements(json, "contradictions", dossier.contradictions(), DossierJsonWriter::contradiction);
            json.writeFieldName("timeline");
            json.writeTree(strings(dossier.timeline()));
            json.writeFieldName("undated");
            json.writeTree(strings(dossier.undated()));
            json.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    /** One array field, each element built as a small tree and written before the next is built. */
    private static <T> void elements(JsonGenerator json, String name, List<T> items, Function<T, ObjectNode> toNode)
            throws IOException {
        json.writeFieldName(name);
        json.writeStartArray();
        for (T item : items) {
            json.writeTree(toNode.apply(item));
        }
        json.writeEndArray();
    }

    private static ObjectNode document(Document doc, DocumentGroup group) {
        Optional<DocumentGroup> g = Optional.ofNullable(group);
        ObjectNode node = NODES.objectNode();
        node.put("id", doc.id());
        node.put("source", doc.source());
        node.put("url", doc.metadata().url().orElse(null));
        node.put("title", doc.metadata().title().orElse(null));
        node.put("outlet", doc.metadata().outlet().orElse(null));
        node.put("author", doc.metadata().author().orElse(null));
        node.set("published", doc.metadata().published().map(p -> {
            ObjectNode published = NODES.objectNode();
            published.put("value", p.date().iso());
            published.put("basis", lower(p.basis()));
            return published;
        }).orElse(null));
        node.put("language", doc.metadata().language().orElse(null));
        node.put("body", doc.body());
        node.put("wire_group", g.flatMap(DocumentGroup::wireGroup).orElse(null));
        node.put("origin", g.flatMap(DocumentGroup::origin).orElse(null));
        node.put("story", g.map(DocumentGroup::story).orElse(null));
        node.put("status", lower(doc.status()));
        node.put("problem", doc.problem().orElse(null));
        return node;
    }

    private static ObjectNode entity(Entity entity) {
        ObjectNode node = NODES.objectNode();
        node.put("id", entity.id());
        node.put("name", entity.name());
        node.put("type", entity.type().name());
        node.set("aliases", strings(entity.aliases()));
        ObjectNode attributes = NODES.objectNode();
        new TreeMap<>(entity.attributes()).forEach(attributes::put);
        node.set("attributes", attributes);
        return node;
    }

    private static ObjectNode event(Event event) {
        ObjectNode node = NODES.objectNode();
        node.put("id", event.id());
        node.put("type", event.type().name());
        node.put("date", iso(event.date()));
        node.put("reported", iso(event.reported()));
        node.put("date_note", event.dateNote().orElse(null));
        roles(node, event.roles());
        node.set("quantity", event.quantity().map(DossierJsonWriter::quantity).orElse(null));
        node.set("value", event.value().map(DossierJsonWriter::money).orElse(null));
        node.put("status", lower(event.status()));
        node.put("batch", event.batch().orElse(null));
        node.put("deal", event.deal().orElse(null));
        node.set("sources", array(event.sources(), DossierJsonWriter::source));
        return node;
    }

    private static void roles(ObjectNode node, Roles roles) {
        node.put("supplier", roles.supplier().orElse(null));
        node.put("recipient", roles.recipient().orElse(null));
        node.put("system", roles.system().orElse(null));
        node.put("supplier_org", roles.supplierOrg().orElse(null));
        node.put("recipient_org", roles.recipientOrg().orElse(null));
        node.put("actor", roles.actor().orElse(null));
        node.put("target", roles.target().orElse(null));
    }

    private static ObjectNode source(EventSource source) {
        Evidence evidence = source.evidence();
        ObjectNode node = NODES.objectNode();
        node.put("document", evidence.document());
        node.put("start", evidence.span().start());
        node.put("end", evidence.span().end());
        node.put("quote", evidence.quote());
        node.put("stance", lower(evidence.stance()));
        node.put("attributed_to", evidence.attributedTo().orElse(null));
        node.put("via", evidence.via().orElse(null));
        ObjectNode claims = NODES.objectNode();
        new TreeMap<>(source.claims()).forEach(claims::put);
        node.set("claims", claims);
        node.put("rule", evidence.rule());
        return node;
    }

    private static ObjectNode deal(Deal deal) {
        ObjectNode node = NODES.objectNode();
        node.put("id", deal.id());
        node.put("supplier", deal.supplier());
        node.put("recipient", deal.recipient());
        node.put("system", deal.system());
        node.put("status", lower(deal.status()));
        node.put("supplier_org", deal.supplierOrg().orElse(null));
        node.put("recipient_org", deal.recipientOrg().orElse(null));
        node.set("order_date", slot(deal.orderDate(), date -> NODES.textNode(date.iso())));
        node.set("value", slot(deal.value(), DossierJsonWriter::money));
        node.set("quantity", slot(deal.quantity(), DossierJsonWriter::quantity));
        node.set("first_delivery", slot(deal.firstDelivery(), date -> NODES.textNode(date.iso())));
        node.set("last_delivery", slot(deal.lastDelivery(), date -> NODES.textNode(date.iso())));
        node.set("events", strings(deal.events()));
        node.put("follows", deal.follows().orElse(null));
        return node;
    }

    private static <T> ObjectNode slot(Optional<Slot<T>> slot, Function<T, com.fasterxml.jackson.databind.JsonNode> value) {
        return slot.map(s -> {
            ObjectNode node = NODES.objectNode();
            node.set("value", value.apply(s.value()));
            node.set("sources", strings(s.sources()));
            node.put("independent_sources", s.independentSources());
            node.put("contested", s.contested());
            node.set("evidence", array(s.evidence(), DossierJsonWriter::statement));
            return node;
        }).orElse(null);
    }

    /** A sentence that states a slot's value: where it stands and its words. */
    private static ObjectNode statement(Evidence evidence) {
        ObjectNode node = NODES.objectNode();
        node.put("document", evidence.document());
        node.put("start", evidence.span().start());
        node.put("end", evidence.span().end());
        node.put("quote", evidence.quote());
        return node;
    }

    private static ObjectNode contradiction(Contradiction c) {
        ObjectNode node = NODES.objectNode();
        node.put("id", c.id());
        node.put("deal", c.deal().orElse(null));
        node.put("event", c.event().orElse(null));
        node.put("kind", lower(c.kind()));
        node.put("slot", c.slot());
        node.set("values", array(c.values(), DossierJsonWriter::side));
        node.put("explanation", c.explanation());
        return node;
    }

    private static ObjectNode side(ContradictionValue value) {
        ObjectNode node = NODES.objectNode();
        node.put("value", value.value());
        node.set("sources", strings(value.sources()));
        node.put("independent_sources", value.independentSources());
        node.set("attributed_to", strings(value.attributedTo()));
        return node;
    }

    private static ObjectNode money(Money money) {
        ObjectNode node = NODES.objectNode();
        putNumber(node, "amount", money.amount());
        node.put("currency", money.currency());
        node.put("approximate", money.approximate());
        return node;
    }

    private static ObjectNode quantity(Quantity quantity) {
        ObjectNode node = NODES.objectNode();
        putNumber(node, "amount", quantity.amount());
        node.put("unit", quantity.unit());
        node.put("approximate", quantity.approximate());
        return node;
    }

    /** Whole amounts as integers (2500000000, not 2.5E9), so that people can read them too. */
    private static void putNumber(ObjectNode node, String key, double amount) {
        if (amount == Math.rint(amount) && Math.abs(amount) < 1e15) {
            node.put(key, (long) amount);
        } else {
            node.put(key, amount);
        }
    }

    private static <T> ArrayNode array(List<T> items, Function<T, ObjectNode> toNode) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(item -> array.add(toNode.apply(item)));
        return array;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static String iso(Optional<PartialDate> date) {
        return date.map(PartialDate::iso).orElse(null);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Two-space indents, "\n" lines, {@code "key": value}, {@code []} and {@code {}} when empty. */
    static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
