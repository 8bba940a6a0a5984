package dev.dossier.report;

import dev.dossier.model.Contradiction;
import dev.dossier.model.ContradictionValue;
import dev.dossier.model.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One plain sentence per contradiction, for people: "Three independent origins say the first
 * delivery was July 2019; Daily Sabah says July 2017." Value and polarity disputes are worded
 * here from their sides; chronology and self-contradictions keep the reconciler's explanation.
 */
final class Disputes {
    private Disputes() {}

    static String explain(Contradiction contradiction, ReportData data) {
        return switch (contradiction.kind()) {
            case VALUE -> valueSentence(contradiction, data);
            case POLARITY -> polaritySentence(contradiction, data);
            case CHRONOLOGY, SELF -> contradiction.explanation();
        };
    }

    /** The sides, most independent origins first; ties keep the reconciler's order. */
    static List<ContradictionValue> sides(Contradiction contradiction) {
        List<ContradictionValue> sides = new ArrayList<>(contradiction.values());
        sides.sort(Comparator.comparingInt(ContradictionValue::independentSources).reversed());
        return sides;
    }

    private static String valueSentence(Contradiction contradiction, ReportData data) {
        List<String> clauses = new ArrayList<>();
        List<ContradictionValue> sides = sides(contradiction);
        for (int i = 0; i < sides.size(); i++) {
            ContradictionValue side = sides.get(i);
            Speakers who = speakers(side, data);
            String claim = (i == 0 ? slotPhrase(contradiction.slot()) + " " : "") + value(contradiction.slot(), side.value());
            String subject = i > 0 ? Wording.lowerArticle(who.text()) : who.text();
            clauses.add(subject + (who.plural() ? " say " : " says ") + claim);
        }
        return Wording.capitalise(String.join("; ", clauses)) + ".";
    }

    private static String polaritySentence(Contradiction contradiction, ReportData data) {
        Optional<Event> event = contradiction.event().flatMap(data::event);
        String what = event.map(e -> Wording.eventNoun(e.type()) + parenthesised(Wording.parties(e.roles())))
                .orElse(slotNoun(contradiction.slot()));
        String pronoun = event.map(e -> Wording.eventNoun(e.type())).orElse(what).endsWith("s") ? "them" : "it";
        List<String> clauses = new ArrayList<>();
        boolean named = false;
        for (ContradictionValue side : sides(contradiction)) {
            Speakers who = speakers(side, data);
            boolean denies = side.value().toLowerCase(Locale.ROOT).startsWith("den");
            String verb = denies ? (who.plural() ? " deny " : " denies ") : (who.plural() ? " report " : " reports ");
            String subject = named ? Wording.lowerArticle(who.text()) : who.text();
            clauses.add(subject + verb + (named ? pronoun : what));
            named = true;
        }
        return Wording.capitalise(String.join("; ", clauses)) + ".";
    }

    /** "the signing of a contract" for a polarity dispute named after an event type; else the slot in words. */
    private static String slotNoun(String slot) {
        for (dev.dossier.model.EventType type : dev.dossier.model.EventType.values()) {
            if (type.name().equalsIgnoreCase(slot)) {
                return Wording.eventNoun(type);
            }
        }
        return "the " + Wording.slot(slot);
    }

    private static String parenthesised(String parties) {
        return parties.isEmpty() ? "" : " (" + parties + ")";
    }

    /** Who stands behind a side, and whether the verb after it takes the plural. */
    record Speakers(String text, boolean plural) {}

    static Speakers speakers(ContradictionValue side, ReportData data) {
        List<String> names = side.attributedTo();
        if (!names.isEmpty()) {
            String text = names.size() <= 2 ? String.join(" and ", names)
                    : names.get(0) + ", " + names.get(1) + " and " + Wording.count(names.size() - 2)
                            + (names.size() == 3 ? " other" : " others");
            return new Speakers(text, names.size() > 1 || Wording.soundsPlural(names.get(0)));
        }
        if (side.sources().size() == 1) {
            String document = side.sources().get(0);
            return new Speakers(data.document(document).flatMap(d -> d.metadata().outlet()).orElse("one report"), false);
        }
        int origins = side.independentSources();
        if (origins == 1) {
            return new Speakers("one origin (" + Wording.counted(side.sources().size(), "copy") + ")", false);
        }
        return new Speakers(Wording.count(origins) + " independent origins", true);
    }

    private static String slotPhrase(String slot) {
        return switch (slot) {
            case "order_date" -> "the order was placed in";
            case "first_delivery" -> "the first delivery was in";
            case "last_delivery" -> "the last delivery was in";
            case "value" -> "the deal is worth";
            case "quantity" -> "the deal covers";
            default -> "the " + Wording.slot(slot) + " is";
        };
    }

    private static String value(String slot, String value) {
        return Wording.claimed(slot, value);
    }
}
