package dev.dossier.store.search;

import dev.dossier.model.Document;
import dev.dossier.model.Dossier;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventSource;
import dev.dossier.model.Mention;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Roles;
import dev.dossier.pipeline.DocumentResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** Turns a dossier into Lucene documents: one per readable document, one per event source (a claim). */
final class IndexedDocuments {
    static final String KIND = "kind";
    static final String DOCUMENT = "document";
    static final String EVENT = "event";
    static final String TYPE = "type";
    static final String COUNTRY = "country";
    static final String SYSTEM = "system";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String DATE = "date";
    static final String DAY_FROM = "day_from";
    static final String DAY_TO = "day_to";
    static final String START = "start";
    static final String END = "end";

    /**
     * Analysed with offsets in the postings, so that highlighting need not re-analyse; not
     * stored: the texts stay in memory beside the index ({@link Built#texts}), which spares
     * every hit the decompression of long stored bodies.
     */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private IndexedDocuments() {}

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Lucene documents and, at the same positions, their texts. */
    record Built(List<org.apache.lucene.document.Document> documents, List<String> texts) {}

    static Built of(Dossier dossier, List<DocumentResult> results) {
        Map<String, List<Mention>> mentions = new HashMap<>();
        results.forEach(r -> mentions.put(r.annotated().document().id(), r.annotated().mentions()));
        Map<String, Set<String>> typesByDocument = new HashMap<>();
        Map<String, Document> documents = new HashMap<>();
        dossier.documents().forEach(d -> documents.put(d.id(), d));
        List<org.apache.lucene.document.Document> out = new ArrayList<>();
        for (Event event : dossier.events()) {
            for (EventSource source : event.sources()) {
                typesByDocument.computeIfAbsent(source.evidence().document(), k -> new LinkedHashSet<>())
                        .add(key(event.type().name()));
                out.add(claim(event, source, documents.get(source.evidence().document())));
            }
        }
        for (Document document : dossier.documents()) {
            if (document.ok()) {
                out.add(document(document, mentions.getOrDefault(document.id(), List.of()),
                        typesByDocument.getOrDefault(document.id(), Set.of())));
            }
        }
        return new Built(out, out.stream().map(IndexedDocuments::textOf).toList());
    }

    private static String textOf(org.apache.lucene.document.Document doc) {
        return doc.getField(TEXT).stringValue();
    }

    private static org.apache.lucene.document.Document document(Document document, List<Mention> mentions,
            Set<String> types) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(KIND, "document", Field.Store.YES));
        doc.add(new StringField(DOCUMENT, document.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, titleOf(document), Field.Store.YES));
        doc.add(new Field(TEXT, document.body(), TEXT_WITH_OFFSETS));
        mentions.stream().filter(m -> m.entity().type() == EntityType.COUNTRY).map(m -> key(m.entity().name()))
                .distinct().forEach(c -> doc.add(new StringField(COUNTRY, c, Field.Store.NO)));
        mentions.stream().filter(m -> m.entity().type() == EntityType.WEAPON).map(m -> key(m.entity().name()))
                .distinct().forEach(s -> doc.add(new StringField(SYSTEM, s, Field.Store.NO)));
        types.forEach(t -> doc.add(new StringField(TYPE, t, Field.Store.NO)));
        document.metadata().published().ifPresent(p -> addDate(doc, p.date()));
        return doc;
    }

    private static org.apache.lucene.document.Document claim(Event event, EventSource source, Document document) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(KIND, "claim", Field.Store.YES));
        doc.add(new StringField(DOCUMENT, source.evidence().document(), Field.Store.YES));
        doc.add(new StringField(EVENT, event.id(), Field.Store.YES));
        doc.add(new StringField(TYPE, key(event.type().name()), Field.Store.YES));
        doc.add(new TextField(TITLE, document == null ? source.evidence().document() : titleOf(document),
                Field.Store.YES));
        doc.add(new Field(TEXT, source.evidence().quote(), TEXT_WITH_OFFSETS));
        doc.add(new StoredField(START, source.evidence().span().start()));
        doc.add(new StoredField(END, source.evidence().span().end()));
        countriesOf(event.roles()).forEach(c -> doc.add(new StringField(COUNTRY, key(c), Field.Store.NO)));
        event.roles().system().ifPresent(s -> doc.add(new StringField(SYSTEM, key(s), Field.Store.NO)));
        claimedDate(source).or(event::date).or(event::reported).ifPresent(d -> addDate(doc, d));
        return doc;
    }

    /** The date this source itself gives, where sources differ ({@code claims.date}). */
    private static Optional<PartialDate> claimedDate(EventSource source) {
        try {
            return Optional.ofNullable(source.claims().get("date")).map(PartialDate::parse);
        } catch (IllegalArgumentException notADate) {
            return Optional.empty();
        }
    }

    static String titleOf(Document document) {
        return document.metadata().title().orElse(document.source());
    }

    /** Filter values match whatever their case: "turkey" finds "Turkey". */
    static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    private static Stream<String> countriesOf(Roles roles) {
        return Stream.of(roles.supplier(), roles.recipient(), roles.actor(), roles.target())
                .flatMap(Optional::stream).distinct();
    }

    private static void addDate(org.apache.lucene.document.Document doc, PartialDate date) {
        doc.add(new StoredField(DATE, date.iso()));
        doc.add(new IntPoint(DAY_FROM, dayNumber(date.earliest())));
        doc.add(new IntPoint(DAY_TO, dayNumber(latest(date))));
    }

    /** The last day a partial date can mean: 2019 → 2019-12-31, 2019-07 → 2019-07-31. */
    static LocalDate latest(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> LocalDate.of(date.year(), 12, 31);
            case MONTH -> date.earliest().withDayOfMonth(date.earliest().lengthOfMonth());
            case DAY -> date.earliest();
        };
    }

    static int dayNumber(LocalDate day) {
        return (int) day.toEpochDay();
    }
}
