package dev.dossier.reconcile;

import dev.dossier.model.Assertion;
import dev.dossier.model.Event;
import dev.dossier.model.EventSource;
import dev.dossier.model.EventStatus;
import dev.dossier.model.Money;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Quantity;
import dev.dossier.model.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns clusters into events, in date order (undated last), each with an id derived from its first evidence. */
final class EventAssembler {
    private final Origins origins;
    private final Map<String, Optional<PartialDate>> published;

    EventAssembler(Origins origins, Map<String, Optional<PartialDate>> published) {
        this.origins = origins;
        this.published = published;
    }

    /** Clusters in the order their events are numbered. */
    static List<Cluster> ordered(List<Cluster> clusters) {
        List<Cluster> out = new ArrayList<>(clusters);
        out.sort(Comparator.comparing((Cluster c) -> c.date().isEmpty())
                .thenComparing(c -> c.date().map(PartialDate::earliest).orElse(java.time.LocalDate.MIN))
                .thenComparing(c -> c.type().ordinal())
                .thenComparing(c -> first(c).evidence().document())
                .thenComparing(c -> first(c).evidence().span())
                // one sentence can make two events of a type ("K9 howitzers and FA-50s"): their ids
                // settle it, so that the order never depends on what else was reconciled with them
                .thenComparing(EventAssembler::id));
        return out;
    }

    /** The cluster's first member by document, span and (for claims of one sentence) assertion id. */
    static Assertion first(Cluster c) {
        return c.members().stream().min(Comparator.comparing((Assertion a) -> a.evidence().document())
                .thenComparing(a -> a.evidence().span()).thenComparing(Assertion::id)).orElseThrow();
    }

    /**
     * The event's id: its type and its first member (its evidence's document and span, and its id,
     * as one sentence can make several events of a type: "1,000 K2 tanks, 600 K9 howitzers and 48
     * FA-50s"). A claim is a member of one event only, and its id is given by the reading of its
     * own document, so the id stays the same whatever else is reconciled with it.
     */
    static String id(Cluster c) {
        Assertion first = first(c);
        return Ids.of("e", c.type().name(), first.evidence().document(), first.evidence().span().start(),
                first.evidence().span().end(), first.id());
    }

    Event assemble(Cluster c) {
        String id = id(c);
        List<Assertion> members = sortedMembers(c);
        Optional<PartialDate> date = c.date();
        return new Event(id, c.type(), c.roles(), date, reported(members),
                date.isPresent() ? Optional.empty() : members.stream().flatMap(a -> a.dateNote().stream()).findFirst(),
                mostCommon(members.stream().flatMap(a -> a.quantity().stream()).toList()),
                mostCommon(members.stream().flatMap(a -> a.value().stream()).toList()),
                status(members), c.batch(), members.stream().map(EventAssembler::source).toList(), Optional.empty());
    }

    static List<Assertion> sortedMembers(Cluster c) {
        List<Assertion> members = new ArrayList<>(c.members());
        members.sort(Comparator.comparing((Assertion a) -> a.evidence().document())
                .thenComparing(a -> a.evidence().span()).thenComparing(Assertion::id));
        return members;
    }

    /** The earliest publication date of the sources, as precisely as the sources that agree with it give it. */
    private Optional<PartialDate> reported(List<Assertion> members) {
        List<PartialDate> dates = members.stream()
                .flatMap(a -> published.getOrDefault(a.evidence().document(), Optional.empty()).stream()).toList();
        Optional<PartialDate> earliest = dates.stream().min(Comparator.naturalOrder());
        return earliest.flatMap(e -> dates.stream().filter(e::agreesWith)
                .max(Comparator.comparing(PartialDate::precision)));
    }

    /** Disputed when some origins assert what others deny; else the strongest status any source gives. */
    EventStatus status(List<Assertion> members) {
        List<Assertion> asserting = asserting(members);
        List<Assertion> denying = denying(members);
        if (!asserting.isEmpty() && !denying.isEmpty()) {
            return EventStatus.DISPUTED;
        }
        for (EventStatus s : List.of(EventStatus.ASSERTED, EventStatus.REPORTED, EventStatus.DENIED,
                EventStatus.PLANNED, EventStatus.SPECULATIVE)) {
            if (members.stream().anyMatch(a -> a.status() == s)) {
                return s;
            }
        }
        return EventStatus.ASSERTED;
    }

    static List<Assertion> asserting(List<Assertion> members) {
        return members.stream().filter(a -> (a.status() == EventStatus.ASSERTED || a.status() == EventStatus.REPORTED)
                && a.evidence().stance() != Stance.DENIES).toList();
    }

    static List<Assertion> denying(List<Assertion> members) {
        return members.stream().filter(a -> a.status() == EventStatus.DENIED || a.evidence().stance() == Stance.DENIES)
                .toList();
    }

    private static EventSource source(Assertion a) {
        Map<String, String> claims = new LinkedHashMap<>();
        a.date().ifPresent(d -> claims.put("date", d.iso()));
        a.dateNote().ifPresent(n -> claims.put("date_note", n));
        a.value().ifPresent(v -> claims.put("value", v.display()));
        a.quantity().ifPresent(q -> claims.put("quantity", quantityText(q)));
        a.batch().ifPresent(b -> claims.put("batch", Integer.toString(b)));
        claims.put("status", a.status().name().toLowerCase(Locale.ROOT));
        return new EventSource(a.evidence(), claims);
    }

    static String quantityText(Quantity q) {
        String amount = q.amount() == Math.rint(q.amount()) ? String.format(Locale.ROOT, "%.0f", q.amount())
                : String.format(Locale.ROOT, "%s", q.amount());
        return (q.approximate() ? "about " : "") + amount + " " + q.unit();
    }

    private static <T> Optional<T> mostCommon(List<T> values) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    static String money(Money m) {
        return m.display();
    }
}
