package dev.dossier.reconcile;

import dev.dossier.model.ContradictionValue;
import dev.dossier.model.Deal;
import dev.dossier.model.Event;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One plain-English sentence per contradiction, naming documents by their source file. */
final class Explainer {
    private final Map<String, String> sourceNames;

    Explainer(Map<String, String> sourceNames) {
        this.sourceNames = sourceNames;
    }

    String value(Deal deal, String slot, List<ContradictionValue> values) {
        String sides = values.stream().map(this::side).collect(Collectors.joining(" against "));
        return "Sources disagree on the " + words(slot) + " of " + dealName(deal) + ": " + sides + ".";
    }

    String self(Deal deal, String slot, String document, List<String> values) {
        return name(document) + " contradicts itself on the " + words(slot) + " of " + dealName(deal) + ", giving "
                + String.join(" and ", values) + ".";
    }

    String polarity(Event event, ContradictionValue asserted, ContradictionValue denied) {
        return who(asserted, "Some sources") + " assert the " + words(event.type().name()) + eventName(event)
                + " that " + who(denied, "other sources") + " deny.";
    }

    String chronology(Deal deal, ContradictionValue delivery, ContradictionValue order) {
        return "A delivery dated " + delivery.value() + " (" + docs(delivery) + ") comes before the contract of "
                + dealName(deal) + " dated " + order.value() + " (" + docs(order) + "), which cannot both be right.";
    }

    private String side(ContradictionValue v) {
        int n = v.independentSources();
        return v.value() + " (" + n + " independent origin" + (n == 1 ? "" : "s") + ": " + docs(v) + ")";
    }

    private String who(ContradictionValue v, String fallback) {
        String names = v.attributedTo().isEmpty() ? fallback : String.join(", ", v.attributedTo());
        return names + " (" + docs(v) + ")";
    }

    private String docs(ContradictionValue v) {
        return v.sources().stream().map(this::name).collect(Collectors.joining(", "));
    }

    private String name(String document) {
        return sourceNames.getOrDefault(document, document);
    }

    static String dealName(Deal deal) {
        return "the " + deal.supplier() + " to " + deal.recipient() + " " + deal.system() + " deal";
    }

    private static String eventName(Event e) {
        var r = e.roles();
        String parties = e.type().isTransfer()
                ? r.supplier().orElse("?") + " to " + r.recipient().orElse("?")
                : r.actor().orElse("?") + " against " + r.target().orElse("?");
        return " (" + parties + r.system().map(s -> ", " + s).orElse("")
                + e.batch().map(b -> ", batch " + b).orElse("") + ")";
    }

    private static String words(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
