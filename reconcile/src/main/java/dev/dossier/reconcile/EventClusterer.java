package dev.dossier.reconcile;

import dev.dossier.model.Assertion;
import dev.dossier.model.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups assertions that report the same event. Dated assertions go first, most precise first,
 * so that "2019" cannot glue "2019-03" and "2019-07" together; an undated assertion then joins
 * the compatible event with the most independent origins (ties: the earlier date), because an
 * undated mention most likely refers to the best-attested occurrence.
 */
final class EventClusterer {
    private final Origins origins;
    private final Map<String, Optional<PartialDate>> published;

    EventClusterer(Origins origins, Map<String, Optional<PartialDate>> published) {
        this.origins = origins;
        this.published = published;
    }

    List<Cluster> cluster(List<Assertion> assertions) {
        List<Assertion> ordered = new ArrayList<>(assertions);
        ordered.sort(Comparator.comparing((Assertion a) -> a.date().map(d -> -d.precision().ordinal() - 1).orElse(0))
                .thenComparing(a -> a.evidence().document())
                .thenComparing(a -> a.evidence().span())
                .thenComparing(Assertion::id));
        List<Cluster> clusters = new ArrayList<>();
        for (Assertion a : ordered) {
            Optional<PartialDate> when = published.getOrDefault(a.evidence().document(), Optional.empty());
            Optional<Cluster> home = clusters.stream().filter(c -> c.accepts(a, when)).max(preference(clusters));
            if (home.isPresent()) {
                home.get().add(a);
            } else {
                clusters.add(new Cluster(a));
            }
        }
        return clusters;
    }

    /** More origins first, then the earlier date, then the cluster made first. */
    private Comparator<Cluster> preference(List<Cluster> order) {
        return Comparator.comparingInt((Cluster c) -> origins.count(c.members()))
                .thenComparing(c -> c.date().map(PartialDate::earliest).orElse(java.time.LocalDate.MAX),
                        Comparator.reverseOrder())
                .thenComparing(c -> -order.indexOf(c));
    }
}
