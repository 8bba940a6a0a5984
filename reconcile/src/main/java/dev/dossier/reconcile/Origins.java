package dev.dossier.reconcile;

import dev.dossier.model.Assertion;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.Evidence;
import dev.dossier.model.Grouping;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts independent origins, not outlets: a source's origin is the speaker it quotes and the
 * agency it relays (same attributed_to or via count once), or, in its own voice, its wire group
 * or the agency whose text it is, else the document itself. Sources that share any origin key
 * are one origin.
 */
final class Origins {
    private final Map<String, DocumentGroup> groups;

    Origins(Grouping grouping) {
        this.groups = grouping.byDocument();
    }

    Set<String> keys(Evidence e) {
        Set<String> keys = new LinkedHashSet<>();
        e.attributedTo().ifPresent(who -> keys.add("who:" + Keys.speaker(who)));
        e.via().ifPresent(via -> keys.add("via:" + Keys.fold(via)));
        if (keys.isEmpty()) {
            keys.add(ownVoice(e.document()));
        }
        return keys;
    }

    private String ownVoice(String document) {
        Optional<DocumentGroup> group = Optional.ofNullable(groups.get(document));
        return group.flatMap(DocumentGroup::wireGroup).map(w -> "wire:" + w)
                .or(() -> group.flatMap(DocumentGroup::origin).map(o -> "via:" + Keys.fold(o)))
                .orElse("doc:" + document);
    }

    /**
     * The number of distinct origins behind {@code sources}: the groups of them connected by
     * shared keys, counted as a {@link Tally} counts them (a source that shares no key with the
     * others so far would otherwise be tested against every group made so far).
     */
    int count(Collection<Assertion> sources) {
        Tally tally = tally();
        sources.forEach(tally::add);
        return tally.count();
    }

    /** A running {@link #count} of a set of sources that only grows. */
    Tally tally() {
        return new Tally();
    }

    /**
     * The origin count of the sources added so far, kept up to date as each is added (union-find
     * over origin keys, each source joining its own keys): the connected groups of sources, at
     * constant cost per source.
     */
    final class Tally {
        private final Map<String, String> parent = new HashMap<>();
        private int components;

        void add(Assertion a) {
            String root = null;
            for (String key : keys(a.evidence())) {
                if (parent.putIfAbsent(key, key) == null) {
                    components++;
                }
                String r = find(key);
                if (root == null) {
                    root = r;
                } else if (!r.equals(root)) {
                    parent.put(r, root);
                    components--;
                }
            }
        }

        int count() {
            return components;
        }

        private String find(String key) {
            String r = key;
            while (!parent.get(r).equals(r)) {
                r = parent.get(r);
            }
            for (String k = key; !k.equals(r); ) {
                String next = parent.get(k);
                parent.put(k, r);
                k = next;
            }
            return r;
        }
    }

    /** The speakers and agencies behind {@code sources}, as written, without repeats. */
    static List<String> attributedTo(Collection<Assertion> sources) {
        Map<String, String> byKey = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Assertion a : sources) {
            Evidence e = a.evidence();
            for (String who : e.attributedTo().or(e::via).stream().toList()) {
                if (byKey.putIfAbsent(Keys.speaker(who), who) == null) {
                    out.add(who);
                }
            }
        }
        return out;
    }
}
