package dev.dossier.spark;

import dev.dossier.model.Contradiction;
import dev.dossier.model.Deal;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.Dossier;
import dev.dossier.model.Event;
import dev.dossier.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a dossier as Parquet tables under {@code dir}: documents, events, deals, slots and
 * contradictions, one folder each, with the columns of the {@code dossier.json} contract flattened.
 */
final class ParquetTables {
    private ParquetTables() {}

    static void write(SparkSession spark, Dossier dossier, String dir) {
        save(spark, dir + "/documents", documentSchema(), documentRows(dossier));
        save(spark, dir + "/events", eventSchema(), eventRows(dossier));
        save(spark, dir + "/deals", dealSchema(), dealRows(dossier));
        save(spark, dir + "/slots", slotSchema(), slotRows(dossier));
        save(spark, dir + "/contradictions", contradictionSchema(), contradictionRows(dossier));
    }

    private static void save(SparkSession spark, String path, StructType schema, List<Row> rows) {
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
    }

    private static StructType strings(String... names) {
        StructType schema = new StructType();
        for (String name : names) {
            schema = schema.add(name, DataTypes.StringType, true);
        }
        return schema;
    }

    private static StructType documentSchema() {
        return strings("id", "source", "url", "title", "outlet", "author", "published", "published_basis",
                "language", "status", "problem", "wire_group", "origin", "story").add("body", DataTypes.StringType);
    }

    private static List<Row> documentRows(Dossier dossier) {
        Map<String, DocumentGroup> groups = dossier.grouping().byDocument();
        List<Row> rows = new ArrayList<>();
        for (Document d : dossier.documents()) {
            Optional<DocumentGroup> g = Optional.ofNullable(groups.get(d.id()));
            var m = d.metadata();
            rows.add(RowFactory.create(d.id(), d.source(), m.url().orElse(null), m.title().orElse(null),
                    m.outlet().orElse(null), m.author().orElse(null),
                    m.published().map(p -> p.date().iso()).orElse(null),
                    m.published().map(p -> lower(p.basis())).orElse(null), m.language().orElse(null),
                    lower(d.status()), d.problem().orElse(null), g.flatMap(DocumentGroup::wireGroup).orElse(null),
                    g.flatMap(DocumentGroup::origin).orElse(null), g.map(DocumentGroup::story).orElse(null),
                    d.body()));
        }
        return rows;
    }

    private static StructType eventSchema() {
        return strings("id", "type", "date", "reported", "date_note", "supplier", "recipient", "system", "actor",
                "target", "status", "deal").add("source_count", DataTypes.IntegerType);
    }

    private static List<Row> eventRows(Dossier dossier) {
        List<Row> rows = new ArrayList<>();
        for (Event e : dossier.events()) {
            var r = e.roles();
            rows.add(RowFactory.create(e.id(), e.type().name(), iso(e.date()), iso(e.reported()),
                    e.dateNote().orElse(null), r.supplier().orElse(null), r.recipient().orElse(null),
                    r.system().orElse(null), r.actor().orElse(null), r.target().orElse(null), lower(e.status()),
                    e.deal().orElse(null), e.sources().size()));
        }
        return rows;
    }

    private static StructType dealSchema() {
        return strings("id", "supplier", "recipient", "system", "status", "order_date", "first_delivery",
                "last_delivery", "value_currency", "follows")
                .add("value_amount", DataTypes.DoubleType).add("quantity", DataTypes.DoubleType);
    }

    private static List<Row> dealRows(Dossier dossier) {
        List<Row> rows = new ArrayList<>();
        for (Deal d : dossier.deals()) {
            rows.add(RowFactory.create(d.id(), d.supplier(), d.recipient(), d.system(), lower(d.status()),
                    d.orderDate().map(s -> s.value().iso()).orElse(null),
                    d.firstDelivery().map(s -> s.value().iso()).orElse(null),
                    d.lastDelivery().map(s -> s.value().iso()).orElse(null),
                    d.value().map(s -> s.value().currency()).orElse(null), d.follows().orElse(null),
                    d.value().map(s -> s.value().amount()).orElse(null),
                    d.quantity().map(s -> s.value().amount()).orElse(null)));
        }
        return rows;
    }

    private static StructType slotSchema() {
        return strings("deal", "slot", "value", "sources")
                .add("independent_sources", DataTypes.IntegerType).add("contested", DataTypes.BooleanType);
    }

    private static List<Row> slotRows(Dossier dossier) {
        List<Row> rows = new ArrayList<>();
        for (Deal d : dossier.deals()) {
            d.orderDate().ifPresent(s -> rows.add(slotRow(d, "order_date", s.value().iso(), s)));
            d.value().ifPresent(s -> rows.add(slotRow(d, "value", s.value().display(), s)));
            d.quantity().ifPresent(s -> rows.add(slotRow(d, "quantity", s.value().amount() + " " + s.value().unit(), s)));
            d.firstDelivery().ifPresent(s -> rows.add(slotRow(d, "first_delivery", s.value().iso(), s)));
            d.lastDelivery().ifPresent(s -> rows.add(slotRow(d, "last_delivery", s.value().iso(), s)));
        }
        return rows;
    }

    private static Row slotRow(Deal deal, String name, String value, Slot<?> slot) {
        return RowFactory.create(deal.id(), name, value, String.join(" ", slot.sources()), slot.independentSources(),
                slot.contested());
    }

    private static StructType contradictionSchema() {
        return strings("id", "deal", "event", "kind", "slot", "explanation", "values");
    }

    private static List<Row> contradictionRows(Dossier dossier) {
        List<Row> rows = new ArrayList<>();
        for (Contradiction c : dossier.contradictions()) {
            StringBuilder values = new StringBuilder();
            c.values().forEach(v -> values.append(values.length() == 0 ? "" : " | ").append(v.value())
                    .append(" <- ").append(String.join(" ", v.sources())));
            rows.add(RowFactory.create(c.id(), c.deal().orElse(null), c.event().orElse(null), lower(c.kind()),
                    c.slot(), c.explanation(), values.toString()));
        }
        return rows;
    }

    private static String iso(Optional<dev.dossier.model.PartialDate> date) {
        return date.map(dev.dossier.model.PartialDate::iso).orElse(null);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
