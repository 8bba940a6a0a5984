package dev.dossier.app.serve;

import dev.dossier.model.Checks;
import dev.dossier.model.Deal;
import dev.dossier.model.Document;
import dev.dossier.model.Dossier;
import dev.dossier.model.Money;
import dev.dossier.pipeline.AsOf;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.Quantity;
import dev.dossier.model.Slot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How a deal's ledger fields came to be what they are: the dossier is rebuilt as of each day on
 * which one of the deal's articles was published, and each field's value is compared with the
 * day before. A step says when a field was first reported, when its value changed, when it
 * became disputed (or settled), and which articles published that day moved it.
 */
final class SlotHistory {
    /** One change of one field on one day. */
    record Step(String field, String date, String change, String value, int independentSources, boolean contested,
            List<String> documents) {
        Step {
            Checks.text(field, "field");
            Checks.text(date, "date");
            Checks.text(change, "change");
            documents = Checks.list(documents, "documents");
        }
    }

    /** The dossier as of a day, built by whoever asks (the library cuts its store). */
    interface AsOfDossier {
        Dossier on(LocalDate day);
    }

    private static final Map<String, Function<Deal, Optional<? extends Slot<?>>>> FIELDS = fields();

    private SlotHistory() {}

    /** The steps of {@code deal} (as found in {@code now}), oldest first. */
    static List<Step> of(Deal deal, Dossier now, Set<String> dealDocuments, AsOfDossier asOf) {
        Map<String, Document> byId = new LinkedHashMap<>();
        now.documents().forEach(d -> byId.put(d.id(), d));
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String id : dealDocuments) {
            Optional.ofNullable(byId.get(id)).flatMap(SlotHistory::lastDay).ifPresent(days::add);
        }
        List<Step> steps = new ArrayList<>();
        Map<String, Slot<?>> before = new LinkedHashMap<>();
        for (LocalDate day : days) {
            Optional<Deal> then = asOf.on(day).deals().stream().filter(d -> sameDeal(d, deal)).findFirst();
            for (Map.Entry<String, Function<Deal, Optional<? extends Slot<?>>>> field : FIELDS.entrySet()) {
                Slot<?> slot = then.flatMap(field.getValue()::apply).orElse(null);
                change(before.get(field.getKey()), slot).ifPresent(change -> steps.add(new Step(field.getKey(),
                        day.toString(), change, slot == null ? null : text(slot.value()),
                        slot == null ? 0 : slot.independentSources(), slot != null && slot.contested(),
                        publishedOn(day, slot, byId))));
                if (slot == null) {
                    before.remove(field.getKey());
                } else {
                    before.put(field.getKey(), slot);
                }
            }
        }
        return steps;
    }

    private static Optional<String> change(Slot<?> before, Slot<?> now) {
        if (now == null) {
            return before == null ? Optional.empty() : Optional.of("no longer reported");
        }
        if (before == null) {
            return Optional.of(now.contested() ? "first reported, disputed" : "first reported");
        }
        if (!text(before.value()).equals(text(now.value()))) {
            return Optional.of(now.contested() ? "changed, disputed" : "changed");
        }
        if (before.contested() != now.contested()) {
            return Optional.of(now.contested() ? "disputed" : "no longer disputed");
        }
        return Optional.empty();
    }

    /** The articles published on {@code day} among the field's sources. */
    private static List<String> publishedOn(LocalDate day, Slot<?> slot, Map<String, Document> byId) {
        if (slot == null) {
            return List.of();
        }
        return slot.sources().stream().filter(id -> Optional.ofNullable(byId.get(id)).flatMap(SlotHistory::lastDay)
                .filter(day::equals).isPresent()).toList();
    }

    private static boolean sameDeal(Deal a, Deal b) {
        return a.supplier().equals(b.supplier()) && a.recipient().equals(b.recipient()) && a.system().equals(b.system())
                && a.follows().isPresent() == b.follows().isPresent();
    }

    /** The day a document was certainly published by: the last day its publication date can mean. */
    private static Optional<LocalDate> lastDay(Document document) {
        return document.metadata().published().map(PublicationDate::date).map(AsOf::latest);
    }

    private static String text(Object value) {
        if (value instanceof Money money) {
            return String.format(Locale.ROOT, "%s %,.0f", money.currency(), money.amount());
        }
        if (value instanceof Quantity quantity) {
            return String.format(Locale.ROOT, "%,.0f %s", quantity.amount(), quantity.unit());
        }
        return String.valueOf(value);
    }

    private static Map<String, Function<Deal, Optional<? extends Slot<?>>>> fields() {
        Map<String, Function<Deal, Optional<? extends Slot<?>>>> fields = new LinkedHashMap<>();
        fields.put("order_date", Deal::orderDate);
        fields.put("value", Deal::value);
        fields.put("quantity", Deal::quantity);
        fields.put("first_delivery", Deal::firstDelivery);
        fields.put("last_delivery", Deal::lastDelivery);
        return fields;
    }
}
