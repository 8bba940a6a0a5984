package dev.dossier.group.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

    /**
     * A long report reposted five times and a short independent report of the same purchase: counted
     * text by text, the long report's own words (shared only with its reposts) look rare and crowd
     * out the names it shares with the short one; counted by copy family they are its own and drop out.
     */
    @Test
    void aFamilyOfCopiesCountsOnceInTheDocumentFrequency() {
        String report = "Tarnvik agreed to buy twelve Corvo jets from Belmara. Speaking to reporters after a cabinet "
                + "meeting on Monday, the minister Halvard Brenn described the purchase as the largest the air force "
                + "had made since the squadrons were rebuilt, and said pilots would begin training at a northern "
                + "airfield within months. Opposition deputies questioned the financing, noting that the treasury "
                + "had already postponed hospital projects, bridge repairs and railway upgrades. Brenn answered "
                + "that industry partners would assemble components locally, creating hundreds of skilled jobs in "
                + "coastal towns, and that maintenance contracts would follow once the squadrons were operational. "
                + "Analysts cautioned that spare parts, simulators and weapons packages often doubled such bills. "
                + "Critics in parliament recalled earlier procurement scandals involving helicopters, radios and "
                + "armoured trucks, demanding an independent audit before any payment leaves the budget. "
                + "A newspaper poll published later found voters divided over the expense.";
        List<String> texts = new java.util.ArrayList<>(List.of(report, report, report, report, report, report,
                "Tarnvik is to receive the Corvo jets, officials confirmed."));
        for (int k = 0; k < 40; k++) {
            texts.add("Heavy rain flooded the lower streets of Vellmar district " + k + " overnight; firefighters "
                    + "pumped water from cellars and schools stayed closed.");
        }
        int[] families = java.util.stream.IntStream.range(0, texts.size()).map(i -> i < 6 ? 0 : i).toArray();
        StoryClusterer clusterer = new StoryClusterer(StoryRule.defaults());

        assertNotEquals(0, clusterer.cluster(texts)[6], "text by text: the short report stays apart");
        assertEquals(0, clusterer.cluster(texts, families)[6]);
    }

    /** Two German reports of different events share only articles and prepositions. */
    @Test
    void functionWordsOfOtherLanguagesDoNotJoinStories() {
        List<String> texts = List.of(
                "Die Regierung in Tarnvik hat mit dem Hersteller einen Vertrag über zwölf Corvo Jets "
                        + "unterzeichnet, die nach Angaben des Ministeriums bis zum Jahr geliefert werden sollen.",
                "Nach dem Hochwasser in Vellmar sind die Schulen der Stadt für eine Woche geschlossen, wie "
                        + "die Feuerwehr mit Blick auf die Keller und Straßen mitteilte.",
                "Osgard opened a new tram line along the harbour.",
                "The Osgard tram line carried its first passengers along the harbour.");
        int[] clusters = new StoryClusterer(StoryRule.defaults()).cluster(texts);
        assertNotEquals(clusters[0], clusters[1]);
    }
}
