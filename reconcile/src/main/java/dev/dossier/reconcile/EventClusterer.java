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
 * undated mention most likely refers to the best-attested occurrence; an undated denial of the
 * whole transfer ("none has been delivered so far") joins a dated event before any undated one, so
 * that the occurrence the others date shows the dispute.
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
        Comparator<Cluster> preference = preference(tallies);
        Map<EventType, RoleIndex> indexes = new EnumMap<>(EventType.class);
        for (Assertion a : ordered) {
            Optional<PartialDate> when = published.getOrDefault(a.evidence().document(), Optional.empty());
            Cluster.Probe probe = Cluster.Probe.of(a, when);
            RoleIndex index = indexes.computeIfAbsent(a.type(), t -> new RoleIndex(preference));
            Optional<Cluster> home = index.best(probe);
            if (home.isPresent()) {
                index.remove(home.get());
                home.get().add(a, probe.keys());
                tallies.get(home.get()).add(a);
                index.add(home.get());
            } else {
                Cluster made = new Cluster(a, probe.keys(), clusters.size());
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
     * target; null where no member names the role), then their year (null when undated; members'
     * dates agree pairwise, so they share one year). A probe follows, at each role, its own key and
     * null, or every branch where it names no one: exactly the events whose names agree with its
     * own. A dated probe then takes its year and null; an undated one, which may join any year,
     * walks each role branch's events from the most preferred down and stops at the first that
     * accepts it, so it never tests the many events it would not choose.
     */
    private static final class RoleIndex {
        private final Node root = new Node(null);
        private final Comparator<Cluster> preference;
        private final Map<Cluster, Node> branchOf = new java.util.IdentityHashMap<>();
        private final Map<Cluster, Set<Cluster>> leafOf = new java.util.IdentityHashMap<>();

        RoleIndex(Comparator<Cluster> preference) {
            this.preference = preference;
        }

        void add(Cluster c) {
            Node node = root;
            for (int r = 0; r < Cluster.ROLES; r++) {
                Comparator<Cluster> ranks = r == Cluster.ROLES - 1 ? preference : null;
                node = node.children.computeIfAbsent(c.key(r), k -> new Node(ranks));
            }
            node.ranked.add(c);
            branchOf.put(c, node);
            Set<Cluster> leaf = node.years.computeIfAbsent(year(c.date()), y -> new LinkedHashSet<>());
            leaf.add(c);
            leafOf.put(c, leaf);
        }

        /** Takes {@code c} out before it changes (its rank depends on its members). */
        void remove(Cluster c) {
            branchOf.remove(c).ranked.remove(c);
            leafOf.remove(c).remove(c);
        }

        /**
         * The most preferred event that accepts the probe, if any. A denial of the whole transfer
         * ("none has been delivered so far") prefers a dated event to an undated one: it disputes the
         * occurrence the others date, which an undated mention of the same transfer only echoes.
         */
        Optional<Cluster> best(Cluster.Probe probe) {
            List<Node> branches = new ArrayList<>();
            branches(root, 0, probe.keys(), branches);
            Optional<PartialDate> date = probe.assertion().date();
            boolean datedFirst = Cluster.deniesWhole(probe.assertion());
            Comparator<Cluster> order = datedFirst
                    ? Comparator.comparing((Cluster c) -> c.date().isPresent()).thenComparing(preference) : preference;
            Cluster best = null;
            for (Node branch : branches) {
                Cluster found = date.isPresent() ? bestDated(branch, year(date), probe)
                        : bestUndated(branch, probe, datedFirst);
                if (found != null && (best == null || order.compare(found, best) > 0)) {
                    best = found;
                }
            }
            return Optional.ofNullable(best);
        }

        private Cluster bestDated(Node branch, String year, Cluster.Probe probe) {
            Cluster best = null;
            for (String key : java.util.Arrays.asList(year, null)) {
                for (Cluster c : branch.years.getOrDefault(key, Set.of())) {
                    if (c.accepts(probe) && (best == null || preference.compare(c, best) > 0)) {
                        best = c;
                    }
                }
            }
            return best;
        }

        /** The most preferred accepting event of the branch; with {@code datedFirst}, a dated one when any accepts. */
        private static Cluster bestUndated(Node branch, Cluster.Probe probe, boolean datedFirst) {
            Cluster undated = null;
            for (java.util.Iterator<Cluster> it = branch.ranked.descendingIterator(); it.hasNext(); ) {
                Cluster c = it.next();
                if (!c.accepts(probe)) {
                    continue;
                }
                if (!datedFirst || c.date().isPresent()) {
                    return c;
                }
                undated = undated == null ? c : undated;
            }
            return undated;
        }

        private static String year(Optional<PartialDate> date) {
            return date.map(d -> Integer.toString(d.year())).orElse(null);
        }

        /** The nodes after the last role whose path agrees with {@code keys}. */
        private static void branches(Node node, int role, String[] keys, List<Node> out) {
            if (role == Cluster.ROLES) {
                out.add(node);
            } else if (keys[role] == null) {
                for (Node child : node.children.values()) {
                    branches(child, role + 1, keys, out);
                }
            } else {
                for (String key : java.util.Arrays.asList(keys[role], null)) {
                    Node child = node.children.get(key);
                    if (child != null) {
                        branches(child, role + 1, keys, out);
                    }
                }
            }
        }

        /** A trie node; one after the last role also ranks its events and files them by year. */
        private static final class Node {
            final Map<String, Node> children = new HashMap<>();
            final java.util.TreeSet<Cluster> ranked;
            final Map<String, Set<Cluster>> years = new HashMap<>();

            Node(Comparator<Cluster> preference) {
                this.ranked = preference == null ? null : new java.util.TreeSet<>(preference);
            }
        }
    }
}
