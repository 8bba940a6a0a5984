package dev.dossier.group.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    /** Two similar events: a 2019 delivery of Alpha radars to Norland, a 2023 order of Beta ships by Sudovia. */
    private static final List<String> TEXTS = List.of(
            "The navy of Norland took delivery of the first Alpha radar in March 2019, officials in Portvik said.",
            "Norland received its first Alpha radar in March 2019; the ceremony took place in Portvik.",
            "Officials in Portvik confirmed that the Alpha radar reached Norland in March 2019.",
            "Sudovia ordered three Beta patrol ships in 2023, the ministry in Kessel announced.",
            "The ministry in Kessel said Sudovia had signed an order for three Beta ships in 2023.",
            "Three Beta patrol ships will be built for Sudovia under the 2023 order, Kessel said.");

    @Test
    void separatesTwoSimilarEventsByNamesPlacesAndDates() {
        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3}, new StoryClusterer(StoryRule.defaults()).cluster(TEXTS));
    }

    @Test
    void blockedClusteringForManyTextsAgreesOnAClearCase() {
        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3}, new StoryClusterer(StoryRule.defaults(), 3).cluster(TEXTS));
    }

    @Test
    void anOversizedBlockIsSplitIntoItsStoriesNotKeptAsOne() {
        // a round-up article links the two events: one block, larger than the dense limit of 3
        List<String> texts = new java.util.ArrayList<>(TEXTS);
        texts.add("In Portvik, Norland showed the Alpha radar it received in March 2019, and Kessel said "
                + "Sudovia ordered three Beta patrol ships in 2023.");
        int[] clusters = new StoryClusterer(StoryRule.defaults(), 3).cluster(texts);
        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3}, java.util.Arrays.copyOf(clusters, 6));
    }
}
