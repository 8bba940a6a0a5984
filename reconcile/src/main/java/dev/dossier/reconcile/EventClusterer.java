package dev.dossier.reconcile;

import dev.dossier.model.Assertion;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups assertions that report the same event. Dated assertions go first, most precise first,
 * so that "2019" cannot glue "2019-03" and "2019-07" together; an undated assertion then joins
 * the compatible event with the most independent origins (ties: the earlier date), because an
 * undated mention most likely refers to the best-attested occurrence.
 *
 * <p>The events are indexed by type and by each role's folded name, so an assertion is tested
 * only against the events that could accept it (those that give its names or none for a role):
 * near-linear on a large corpus, with the same answer as testing every event.
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
        Map<Cluster, Origins.Tally> tallies = new java.util.IdentityHashMap<>();
        Map<EventType, RoleIndex> indexes = new EnumMap<>(EventType.class);
        for (Assertion a : ordered) {
            Optional<PartialDate> when = published.getOrDefault(a.evidence().document(), Optional.empty());
            String[] keys = Cluster.keys(a.roles());
            RoleIndex index = indexes.computeIfAbsent(a.type(), t -> new RoleIndex());
            Optional<Cluster> home = index.candidates(keys).stream().filter(c -> c.accepts(a, keys, when))
                    .max(preference(tallies));
            if (home.isPresent()) {
                index.remove(home.get(), keys);
                home.get().add(a, keys);
                tallies.get(home.get()).add(a);
                index.add(home.get(), keys);
            } else {
                Cluster made = new Cluster(a, keys, clusters.size());
                clusters.add(made);
                tallies.computeIfAbsent(made, c -> origins.tally()).add(a);
                index.all.add(made);
                index.add(made, null);
            }
        }
        return clusters;
    }

    /** More origins first, then the earlier date, then the cluster made first. */
    private static Comparator<Cluster> preference(Map<Cluster, Origins.Tally> tallies) {
        return Comparator.comparingInt((Cluster c) -> tallies.get(c).count())
                .thenComparing(c -> c.date().map(PartialDate::earliest).orElse(java.time.LocalDate.MAX),
                        Comparator.reverseOrder())
                .thenComparing(c -> -c.order());
    }

    /** The events of one type by each role's key; an event without a name for a role is under null. */
    private static final class RoleIndex {
        private final List<Cluster> all = new ArrayList<>();
        private final List<Map<String, Set<Cluster>>> byRole = new ArrayList<>();

        RoleIndex() {
            for (int r = 0; r < Cluster.ROLES; r++) {
                byRole.add(new HashMap<>());
            }
        }

        /** Files {@code c} under its keys; after a join, only under those the joining {@code keys} gave it. */
        void add(Cluster c, String[] keys) {
            for (int r = 0; r < Cluster.ROLES; r++) {
                if (keys == null || keys[r] != null) {
                    byRole.get(r).computeIfAbsent(c.key(r), k -> new LinkedHashSet<>()).add(c);
                }
            }
        }

        /** Takes {@code c} out from under the keys that joining {@code keys} would change (null → a name). */
        void remove(Cluster c, String[] keys) {
            for (int r = 0; r < Cluster.ROLES; r++) {
                if (keys[r] != null) {
                    byRole.get(r).get(c.key(r)).remove(c);
                }
            }
        }

        /**
         * Every event that could accept an assertion with these keys: for the role that narrows
         * most, the events with its name and those with none; all events when it names no role.
         */
        Collection<Cluster> candidates(String[] keys) {
            int best = -1;
            int fewest = all.size();
            for (int r = 0; r < Cluster.ROLES; r++) {
                if (keys[r] != null) {
                    int size = byRole.get(r).getOrDefault(keys[r], Set.of()).size()
                            + byRole.get(r).getOrDefault(null, Set.of()).size();
                    if (size < fewest) {
                        best = r;
                        fewest = size;
                    }
                }
            }
            if (best < 0) {
                return all;
            }
            List<Cluster> both = new ArrayList<>(fewest);
            both.addAll(byRole.get(best).getOrDefault(keys[best], Set.of()));
            both.addAll(byRole.get(best).getOrDefault(null, Set.of()));
            return both;
        }
    }
}
