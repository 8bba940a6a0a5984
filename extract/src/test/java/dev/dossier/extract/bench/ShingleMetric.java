package dev.dossier.extract.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric, ported line by line from
 * {@code shared/eval/score_extraction.py} (which mirrors the benchmark's evaluate.py): word tokens
 * (Python's {@code \w+}: letters, numbers, underscore), 4-token shingles counted with repeats,
 * per-page shared/extra/missed counts normalised to sum to 1, precision and recall averaged over
 * pages (a page with an undefined value is left out of that average), F1 their harmonic mean.
 */
public final class ShingleMetric {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private final List<Double> precisions = new ArrayList<>();
    private final List<Double> recalls = new ArrayList<>();
    private int pages;
    private int exact;

    /** The aggregate over the pages added so far. */
    public record Score(int pages, double precision, double recall, double f1, double accuracy) {}

    public void add(String truth, String predicted) {
        List<String> t = tokens(truth);
        List<String> p = tokens(predicted == null ? "" : predicted);
        Map<String, Integer> ts = shingles(t);
        Map<String, Integer> ps = shingles(p);
        long tp = 0;
        for (Map.Entry<String, Integer> e : ps.entrySet()) {
            tp += Math.min(e.getValue(), ts.getOrDefault(e.getKey(), 0));
        }
        long fp = total(ps) - tp;
        long fn = total(ts) - tp;
        pages++;
        exact += t.equals(p) ? 1 : 0;
        long sum = tp + fp + fn;
        if (sum == 0) {
            precisions.add(1.0);
            recalls.add(1.0);
            return;
        }
        double tpn = tp / (double) sum;
        double fpn = fp / (double) sum;
        double fnn = fn / (double) sum;
        if (tpn + fpn > 0) {
            precisions.add(tpn / (tpn + fpn));
        }
        if (tpn + fnn > 0) {
            recalls.add(tpn / (tpn + fnn));
        }
    }

    public Score score() {
        double precision = mean(precisions);
        double recall = mean(recalls);
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new Score(pages, precision, recall, f1, pages == 0 ? 0 : exact / (double) pages);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < N) {
            counts.put(String.join("\u0000", tokens), 1);
            return counts;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            counts.merge(String.join("\u0000", tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return counts;
    }

    private static long total(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static double mean(List<Double> values) {
        return values.isEmpty() ? 0 : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }
}
