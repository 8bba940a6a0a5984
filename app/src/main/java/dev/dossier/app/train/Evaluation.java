package dev.dossier.app.train;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision, recall and F1 per label over (gold, predicted) pairs, their macro average over the event
 * types (NONE left out), accuracy, and event detection (any type vs NONE).
 */
public final class Evaluation {
    private final Map<String, int[]> counts = new TreeMap<>();
    private int right;
    private int total;
    private final int[] detection = new int[3];

    /** Adds one sentence: its gold label and the predicted one. */
    public void add(String gold, String predicted) {
        total++;
        right += gold.equals(predicted) ? 1 : 0;
        counts.computeIfAbsent(gold, k -> new int[3])[2]++;
        counts.computeIfAbsent(predicted, k -> new int[3])[1]++;
        if (gold.equals(predicted)) {
            counts.get(gold)[0]++;
        }
        boolean g = !gold.equals(EventLabels.NONE);
        boolean p = !predicted.equals(EventLabels.NONE);
        detection[0] += g && p ? 1 : 0;
        detection[1] += p ? 1 : 0;
        detection[2] += g ? 1 : 0;
    }

    static double[] prf(int tp, int predicted, int gold) {
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    public double macroF1() {
        List<Double> f = new ArrayList<>();
        counts.forEach((label, c) -> {
            if (!label.equals(EventLabels.NONE) && c[2] > 0) {
                f.add(prf(c[0], c[1], c[2])[2]);
            }
        });
        return f.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) right / total;
    }

    public void print(PrintWriter out, String title) {
        out.printf(Locale.ROOT, "%s%n%-18s %6s %6s %6s %6s%n", title, "label", "P", "R", "F1", "gold");
        counts.forEach((label, c) -> {
            double[] m = prf(c[0], c[1], c[2]);
            out.printf(Locale.ROOT, "%-18s %6.3f %6.3f %6.3f %6d%n", label, m[0], m[1], m[2], c[2]);
        });
        if (counts.containsKey(EventLabels.NONE)) {
            double[] d = prf(detection[0], detection[1], detection[2]);
            out.printf(Locale.ROOT, "%-18s %6.3f %6.3f %6.3f %6d%n", "event vs NONE", d[0], d[1], d[2], detection[2]);
        }
        out.printf(Locale.ROOT, "macro F1 (labels but NONE) %.3f · accuracy %.3f over %d sentences%n%n", macroF1(),
                accuracy(), total);
    }
}
