package dev.dossier.report;

import dev.dossier.model.Event;
import dev.dossier.model.EventSource;
import dev.dossier.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The claims map's "who said what": every attributed source, by speaker, with what it says and how. */
final class Speakers {
    /**
     * One attributed claim: who, through whom, about which event (and that event's position in the
     * dossier's list, as ids tell no order), with what stance, in which document.
     */
    record Claim(String speaker, String via, Event event, int position, Evidence evidence) {
        /** What a reader sees of it: two claims that read the same are listed once. */
        String shownAs() {
            return String.join("\u0000", speaker, via, Wording.eventLabel(event), evidence.stance().name(),
                    evidence.quote().strip(), evidence.document());
        }
    }

    private Speakers() {}

    static List<Claim> claims(ReportData data) {
        List<Claim> claims = new ArrayList<>();
        List<Event> events = data.dossier().events();
        for (int i = 0; i < events.size(); i++) {
            for (EventSource source : events.get(i).sources()) {
                Evidence evidence = source.evidence();
                if (evidence.attributedTo().isPresent() || evidence.via().isPresent()) {
                    claims.add(new Claim(evidence.attributedTo().orElse(""), evidence.via().orElse(""), events.get(i), i,
                            evidence));
                }
            }
        }
        claims.sort(Comparator.comparing((Claim c) -> c.speaker().toLowerCase(Locale.ROOT))
                .thenComparing(c -> c.via().toLowerCase(Locale.ROOT))
                .thenComparingInt(Claim::position)
                .thenComparing(c -> c.evidence().document())
                .thenComparing(c -> c.evidence().span()));
        java.util.Set<String> shown = new java.util.HashSet<>();
        return claims.stream().filter(c -> shown.add(c.shownAs())).toList();
    }
}
