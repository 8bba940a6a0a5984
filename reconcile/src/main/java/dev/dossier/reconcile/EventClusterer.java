package dev.dossier.reconcile;

import dev.dossier.model.Assertion;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import java.util.ArrayList;
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
 * <p>The events are indexed by type and by their roles' folded names, so an assertion is tested
 * only against the events whose names agree with its own (the same name or none, role by role):
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
                index.remove(home.get());
                home.get().add(a, keys);
                tallies.get(home.get()).add(a);
                index.add(home.get());
            } else {
                Cluster made = new Cluster(a, keys, clusters.size());
                clusters.add(made);
                tallies.computeIfAbsent(made, c -> origins.tally()).add(a);
                index.add(made);
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

    /**
     * The events of one type in a trie on their role keys (supplier, recipient, system, actor,
     * target; null where no member names the role). An assertion's candidates are found by
     * following, at each role, its own key and null, or every branch where it names no one: exactly
     * the events whose names agree with its names.
     */
    private static final class RoleIndex {
        private final Node root = new Node();

        void add(Cluster c) {
            Node node = root;
            for (int r = 0; r < Cluster.ROLES; r++) {
                node = node.children.computeIfAbsent(c.key(r), k -> new Node());
            }
            node.clusters.add(c);
        }

        void remove(Cluster c) {
            Node node = root;
            for (int r = 0; r < Cluster.ROLES; r++) {
                node = node.children.get(c.key(r));
            }
            node.clusters.remove(c);
        }

        List<Cluster> candidates(String[] keys) {
            List<Cluster> out = new ArrayList<>();
            collect(root, 0, keys, out);
            return out;
        }

        private static void collect(Node node, int role, String[] keys, List<Cluster> out) {
            if (role == Cluster.ROLES) {
                out.addAll(node.clusters);
            } else if (keys[role] == null) {
                for (Node child : node.children.values()) {
                    collect(child, role + 1, keys, out);
                }
            } else {
                for (String key : java.util.Arrays.asList(keys[role], null)) {
                    Node child = node.children.get(key);
                    if (child != null) {
                        collect(child, role + 1, keys, out);
                    }
                }
            }
        }

        private static final class Node {
            final Map<String, Node> children = new HashMap<>();
            final Set<Cluster> clusters = new LinkedHashSet<>();
        }
    }
}
