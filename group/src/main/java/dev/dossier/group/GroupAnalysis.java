package dev.dossier.group;

import dev.dossier.model.Grouping;
import java.util.List;
import java.util.Objects;

/** Everything the group stage finds: wire groups, origins and stories, plus partial reuse. */
public record GroupAnalysis(Grouping grouping, List<Reuse> reuse) {
    public GroupAnalysis {
        Objects.requireNonNull(grouping, "grouping");
        reuse = List.copyOf(reuse);
    }
}
