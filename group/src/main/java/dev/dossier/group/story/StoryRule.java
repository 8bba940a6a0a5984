package dev.dossier.group.story;

/**
 * How story features are weighted and where the clustering is cut.
 *
 * @param minSimilarity average cosine similarity at or above which two clusters join
 * @param nameWeight    extra weight of a capitalised word that does not start a sentence
 *                      (names of people, places, organisations)
 * @param numberWeight  weight of a year; other numbers of two or more digits count half
 */
public record StoryRule(double minSimilarity, double nameWeight, double numberWeight) {
    public StoryRule {
        if (!(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minSimilarity must be in (0, 1]: " + minSimilarity);
        }
        if (nameWeight < 0 || numberWeight < 0) {
            throw new IllegalArgumentException("weights must not be negative: " + nameWeight + ", " + numberWeight);
        }
    }

    public static StoryRule defaults() {
        return new StoryRule(0.22, 2.0, 2.0);
    }
}
