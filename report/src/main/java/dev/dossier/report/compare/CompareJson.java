package dev.dossier.report.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.OptionalInt;

/**
 * Writes {@code compare.json}: {@code {"schema", "pairs": [{"deal", "news", "sipri", "fields":
 * [{"field", "news", "sipri", "verdict", …}]}], "deals_not_in_sipri": [deal ids],
 * "sipri_rows_not_in_news": [rows]}}, keys in a fixed order, unknown values {@code null}.
 */
final class CompareJson {
    static final String SCHEMA = "dossier-compare/1";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CompareJson() {}

    static String write(Comparison comparison) {
        try {
            return MAPPER.writeValueAsString(tree(comparison)).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a JSON tree always serialises", e);
        }
    }

    static ObjectNode tree(Comparison comparison) {
        ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        ArrayNode pairs = root.putArray("pairs");
        comparison.pairs().forEach(p -> pairs.add(pair(p)));
        ArrayNode missing = root.putArray("deals_not_in_sipri");
        comparison.dealsNotInSipri().forEach(d -> missing.add(d.id()));
        ArrayNode rows = root.putArray("sipri_rows_not_in_news");
        comparison.rowsNotInNews().forEach(r -> rows.add(row(r)));
        return root;
    }

    private static ObjectNode pair(Comparison.Pair pair) {
        ObjectNode node = NODES.objectNode();
        node.put("deal", pair.deal().id());
        ObjectNode news = node.putObject("news");
        news.put("supplier", pair.deal().supplier());
        news.put("recipient", pair.deal().recipient());
        news.put("system", pair.deal().system());
        news.put("status", pair.deal().status().isEmpty() ? null : pair.deal().status());
        node.set("sipri", row(pair.row()));
        ArrayNode fields = node.putArray("fields");
        pair.fields().forEach(f -> fields.add(field(f)));
        return node;
    }

    private static ObjectNode field(Comparison.FieldVerdict verdict) {
        ObjectNode node = NODES.objectNode();
        node.put("field", verdict.field().key());
        node.set("news", verdict.news().orElse(NODES.nullNode()));
        node.set("sipri", verdict.sipri().orElse(NODES.nullNode()));
        node.put("verdict", verdict.verdict().key());
        node.put("sipri_estimate", verdict.sipriEstimate());
        putInt(node, "independent_sources", verdict.independentSources());
        ArrayNode sources = node.putArray("sources");
        verdict.sources().forEach(sources::add);
        ArrayNode quotes = node.putArray("quotes");
        verdict.quotes().forEach(q -> quotes.addObject().put("document", q.document()).put("start", q.start())
                .put("end", q.end()).put("quote", q.quote()));
        node.put("note", verdict.note().isEmpty() ? null : verdict.note());
        return node;
    }

    static ObjectNode row(SipriRow row) {
        ObjectNode node = NODES.objectNode();
        node.put("line", row.line());
        node.put("id", row.id().orElse(null));
        node.put("recipient", row.recipient());
        node.put("supplier", row.supplier());
        node.put("designation", row.designation());
        node.put("description", row.description());
        putInt(node, "order_year", row.orderYear());
        putInt(node, "number_ordered", row.numberOrdered());
        putInt(node, "number_delivered", row.numberDelivered());
        ArrayNode years = node.putArray("delivery_years");
        row.deliveryYears().forEach(years::add);
        node.put("status", row.status());
        node.put("comments", row.comments());
        ArrayNode flags = node.putArray("estimate_flags");
        row.estimates().stream().sorted().forEach(e -> flags.add(e.key()));
        return node;
    }

    private static void putInt(ObjectNode node, String key, OptionalInt value) {
        if (value.isPresent()) {
            node.put(key, value.getAsInt());
        } else {
            node.putNull(key);
        }
    }
}
