package dev.dossier.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** How copy families and story clusters are reconciled: a family moves whole, clusters never chain. */
class WholeFamiliesTest {
    @Test
    void onePairAcrossTwoFamiliesDoesNotJoinThem() {
        // texts 0-3 are one family, 4-7 another; story clustering put the families apart, except
        // that text 3 (a variant of the first report) landed with text 4 (a variant of the second)
        int[] copyOf = {0, 0, 0, 0, 4, 4, 4, 4};
        int[] clusters = {0, 0, 0, 3, 3, 5, 5, 5};

        int[] story = MinHashGrouper.wholeFamilies(clusters, copyOf);

        assertArrayEquals(new int[] {0, 0, 0, 0, 5, 5, 5, 5}, story,
                "each family goes whole to the cluster most of its texts are in; the stray pair joins nothing");
    }

    @Test
    void familiesMostlyInOneClusterShareItsStory() {
        int[] copyOf = {0, 0, 2, 2, 2, 5};
        int[] clusters = {0, 0, 0, 0, 4, 0};

        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0}, MinHashGrouper.wholeFamilies(clusters, copyOf));
    }

    @Test
    void aTiedFamilyTakesTheSmallerClusterLabel() {
        int[] copyOf = {0, 0, 2, 3};
        int[] clusters = {2, 0, 2, 3};

        assertArrayEquals(new int[] {0, 0, 2, 3}, MinHashGrouper.wholeFamilies(clusters, copyOf));
    }
}
