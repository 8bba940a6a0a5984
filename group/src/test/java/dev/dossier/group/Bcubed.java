package dev.dossier.group;

import java.util.HashMap;
import java.util.Map;

/** B-cubed F1 of a clustering against another (item → label), over the items of {@code gold}. */
public final class Bcubed {
    private Bcubed() {}

    public static double f1(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        gold.forEach((id, g) -> {
            String p = predicted.getOrDefault(id, "missing:" + id);
            predSize.merge(p, 1, Integer::sum);
            goldSize.merge(g, 1, Integer::sum);
            both.merge(p + "\t" + g, 1, Integer::sum);
        });
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.getOrDefault(e.getKey(), "missing:" + e.getKey());
            int same = both.get(p + "\t" + e.getValue());
            precision += (double) same / predSize.get(p);
            recall += (double) same / goldSize.get(e.getValue());
        }
        precision /= gold.size();
        recall /= gold.size();
        return 2 * precision * recall / (precision + recall);
    }
}
