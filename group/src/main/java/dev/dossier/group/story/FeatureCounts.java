package dev.dossier.group.story;

import java.util.Map;
import java.util.function.ObjDoubleConsumer;

/**
 * One text's story features with their raw weights ({@link StoryClusterer#features}): what story
 * clustering reads of a text, worked out from that text alone, so that a caller grouping mostly
 * the same texts again can keep it instead of reading every text anew. Held as two arrays rather
 * than a map, since a long-lived caller keeps one per stored document. Immutable.
 */
public final class FeatureCounts {
    private final String[] terms;
    private final double[] weights;

    private FeatureCounts(String[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    static FeatureCounts of(Map<String, Double> features) {
        String[] terms = new String[features.size()];
        double[] weights = new double[features.size()];
        int i = 0;
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            terms[i] = feature.getKey();
            weights[i] = feature.getValue();
            i++;
        }
        return new FeatureCounts(terms, weights);
    }

    /**
     * The same features with each term named by its stable 64-bit hash ({@link StoryTerms}): what
     * a store keeps of a text for incremental grouping.
     */
    public StoryTerms hashed() {
        return StoryTerms.of(terms, weights);
    }

    void forEach(ObjDoubleConsumer<String> action) {
        for (int i = 0; i < terms.length; i++) {
            action.accept(terms[i], weights[i]);
        }
    }
}
