package dev.dossier.store.search;

import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventSource;
import dev.dossier.model.Mention;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Reconciliation;
import dev.dossier.model.Roles;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.reconcile.Scopes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a dossier into Lucene documents: one per readable document, one per event source (a
 * claim). Every entry carries a {@link #KEY} to delete it by (a document's id, or its event's:
 * an event's claims go and come together) and an {@link #ORDER} the index is sorted by, so that
 * an index updated in place numbers its entries as one built afresh does: claims in event order,
 * then documents in the pipeline's order.
 */
final class IndexedDocuments {
    static final String KIND = "kind";
    static final String KEY = "key";
    static final String ORDER = "order";
    static final String DOCUMENT = "document";
    static final String EVENT = "event";
    static final String TYPE = "type";
    static final String COUNTRY = "country";
    static final String SYSTEM = "system";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String QUOTE = "quote";
    static final String DATE = "date";
    static final String DAY_FROM = "day_from";
    static final String DAY_TO = "day_to";
    static final String START = "start";
    static final String END = "end";
    /** The fields a query's words are looked for in, with their weights: the only scored fields. */
    static final Map<String, Float> SCORED = Map.of(TITLE, 2f, TEXT, 1f);
    private static final char SEPARATOR = '\u0001';

    /**
     * Analysed with offsets in the postings, so that highlighting need not re-analyse; not
     * stored: a document's body stays in memory beside the index, which spares every hit the
     * decompression of a long stored body (a claim's short quote is stored as {@link #QUOTE}).
     */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private IndexedDocuments() {}

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** What a document's entry is filtered by from its mentions, kept so that the entry can be rewritten without its result. */
    record Filters(List<String> countries, List<String> systems) {}

    static Map<String, Filters> filtersOf(List<DocumentResult> results) {
        Map<String, Filters> filters = new HashMap<>();
        for (DocumentResult r : results) {
            List<Mention> mentions = r.annotated().mentions();
            filters.put(r.annotated().document().id(), new Filters(keysOf(mentions, EntityType.COUNTRY),
                    keysOf(mentions, EntityType.WEAPON)));
        }
        return filters;
    }

    private static List<String> keysOf(List<Mention> mentions, EntityType type) {
        return mentions.stream().filter(m -> m.entity().type() == type).map(m -> key(m.entity().name()))
                .distinct().toList();
    }

    /** The event types each document is a source of (a document entry is filtered by them). */
    static Map<String, Set<String>> typesByDocument(List<Event> events) {
        Map<String, Set<String>> types = new HashMap<>();
        for (Event event : events) {
            for (EventSource source : event.sources()) {
                types.computeIfAbsent(source.evidence().document(), k -> new TreeSet<>()).add(key(event.type().name()));
            }
        }
        return types;
    }

    /** The claims of {@code events}, whose titles come from {@code documents} (by id). */
    static List<org.apache.lucene.document.Document> claims(List<Event> events, Map<String, Document> documents) {
        Map<String, String> orderKeys = Scopes.orderKeys(new Reconciliation(events, List.of(), List.of(), List.of(),
                List.of()));
        List<org.apache.lucene.document.Document> out = new ArrayList<>();
        for (Event event : events) {
            for (int i = 0; i < event.sources().size(); i++) {
                EventSource source = event.sources().get(i);
                String order = "0" + orderKeys.get(event.id()) + SEPARATOR + event.id() + SEPARATOR
                        + String.format(Locale.ROOT, "%06d", i);
                out.add(claim(event, source, documents.get(source.evidence().document()), order));
            }
        }
        return out;
    }

    static org.apache.lucene.document.Document document(Document document, Filters filters, Set<String> types) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(KIND, "document", Field.Store.YES));
        doc.add(new StringField(KEY, documentKey(document.id()), Field.Store.NO));
        doc.add(new SortedDocValuesField(ORDER, new BytesRef("1" + document.source() + SEPARATOR + document.id())));
        doc.add(new StringField(DOCUMENT, document.id(), Field.Store.YES));
        CountedText.add(doc, TITLE, titleOf(document), TextField.TYPE_STORED);
        CountedText.add(doc, TEXT, document.body(), TEXT_WITH_OFFSETS);
        filters.countries().forEach(c -> doc.add(new StringField(COUNTRY, c, Field.Store.NO)));
        filters.systems().forEach(s -> doc.add(new StringField(SYSTEM, s, Field.Store.NO)));
        types.forEach(t -> doc.add(new StringField(TYPE, t, Field.Store.NO)));
        document.metadata().published().ifPresent(p -> addDate(doc, p.date()));
        return doc;
    }

    static String documentKey(String id) {
        return "d:" + id;
    }

    static String eventKey(String id) {
        return "e:" + id;
    }

    private static org.apache.lucene.document.Document claim(Event event, EventSource source, Document document,
            String order) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(KIND, "claim", Field.Store.YES));
        doc.add(new StringField(KEY, eventKey(event.id()), Field.Store.NO));
        doc.add(new SortedDocValuesField(ORDER, new BytesRef(order)));
        doc.add(new StringField(DOCUMENT, source.evidence().document(), Field.Store.YES));
        doc.add(new StringField(EVENT, event.id(), Field.Store.YES));
        doc.add(new StringField(TYPE, key(event.type().name()), Field.Store.YES));
        CountedText.add(doc, TITLE, document == null ? source.evidence().document() : titleOf(document),
                TextField.TYPE_STORED);
        CountedText.add(doc, TEXT, source.evidence().quote(), TEXT_WITH_OFFSETS);
        doc.add(new StoredField(QUOTE, source.evidence().quote()));
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
