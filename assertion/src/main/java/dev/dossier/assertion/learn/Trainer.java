package dev.dossier.assertion.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link LinearModel} by stochastic gradient descent on the multinomial log-loss with L2
 * regularisation. Deterministic: the example order is shuffled with the given seed, and classes are
 * weighted by inverse frequency (capped) so that the rare event types are not drowned by NONE.
 */
public final class Trainer {
    /** Training settings. */
    public record Options(int epochs, double learningRate, double l2, long seed, double maxClassWeight) {
        public static Options defaults() {
            return new Options(30, 0.3, 1e-5, 12L, 5.0);
        }
    }

    /** One labelled sentence: its feature ids and its class index. */
    public record Example(int[] features, int label) {
    }

    private Trainer() {
    }

    public static LinearModel train(List<Example> examples, List<String> classes, Options options) {
        int k = classes.size();
        Map<Integer, float[]> weights = new HashMap<>();
        double[] classWeight = classWeights(examples, k, options.maxClassWeight());
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(options.seed());
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            double rate = options.learningRate() / (1 + 0.2 * epoch);
            for (Example e : order) {
                step(weights, e, k, rate * classWeight[e.label()], options.l2());
            }
        }
        return new LinearModel(classes, weights, LinearModel.NEVER);
    }

    private static void step(Map<Integer, float[]> weights, Example e, int k, double rate, double l2) {
        double[] scores = new double[k];
        for (int f : e.features()) {
            float[] w = weights.get(f);
            if (w != null) {
                for (int c = 0; c < k; c++) {
                    scores[c] += w[c];
                }
            }
        }
        double[] p = Softmax.of(scores);
        for (int f : e.features()) {
            float[] w = weights.computeIfAbsent(f, x -> new float[k]);
            for (int c = 0; c < k; c++) {
                double gradient = p[c] - (c == e.label() ? 1 : 0);
                w[c] -= (float) (rate * (gradient + l2 * w[c]));
            }
        }
    }

    private static double[] classWeights(List<Example> examples, int k, double cap) {
        int[] counts = new int[k];
        examples.forEach(e -> counts[e.label()]++);
        double[] out = new double[k];
        for (int c = 0; c < k; c++) {
            out[c] = counts[c] == 0 ? 1 : Math.min(cap, (double) examples.size() / (k * counts[c]));
            out[c] = Math.max(out[c], 1.0 / cap);
        }
        return out;
    }
}
