package dev.dossier.group.story;

import java.util.Map;

/** A sparse vector with sorted term ids. */
record SparseVector(int[] ids, double[] values) {
    /** The vector of {@code weights} (term id → weight, iterated in id order) scaled to unit length. */
    static SparseVector unit(Map<Integer, Double> weights) {
        int[] ids = new int[weights.size()];
        double[] values = new double[weights.size()];
        double norm = 0;
        int k = 0;
        for (Map.Entry<Integer, Double> e : weights.entrySet()) {
            ids[k] = e.getKey();
            values[k] = e.getValue();
            norm += values[k] * values[k];
            k++;
        }
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (int i = 0; i < values.length; i++) {
            values[i] *= scale;
        }
        return new SparseVector(ids, values);
    }

    double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                sum += values[i++] * other.values[j++];
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** The ids of the {@code k} largest values (ties to the smaller id). */
    int[] strongest(int k) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> values[a] != values[b] ? Double.compare(values[b], values[a])
                : Integer.compare(ids[a], ids[b]));
        int[] out = new int[Math.min(k, order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids[order[i]];
        }
        return out;
    }
}
