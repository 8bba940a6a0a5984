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

    /**
     * The ids of the {@code k} largest values (ties to the smaller id), largest first: picked in one
     * pass, each value compared with the {@code k} best so far only, rather than by sorting them all.
     */
    int[] strongest(int k) {
        int[] best = new int[Math.min(k, ids.length)];
        int filled = 0;
        for (int i = 0; i < ids.length; i++) {
            if (filled == best.length && (filled == 0 || !before(i, best[filled - 1]))) {
                continue;
            }
            int at = filled < best.length ? filled++ : filled - 1;
            while (at > 0 && before(i, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        int[] out = new int[best.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids[best[i]];
        }
        return out;
    }

    /** Whether entry {@code a} ranks before entry {@code b}: the larger value, then the smaller id. */
    private boolean before(int a, int b) {
        return values[a] != values[b] ? Double.compare(values[b], values[a]) < 0 : ids[a] < ids[b];
    }
}
