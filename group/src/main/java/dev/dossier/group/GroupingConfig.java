package dev.dossier.group;

import dev.dossier.group.fingerprint.CopyRule;
import dev.dossier.group.story.StoryRule;
import java.util.Objects;

/**
 * How the group stage fingerprints, decides copies, finds reuse and clusters stories.
 *
 * @param seed              MinHash seed: the same seed gives the same signatures everywhere
 * @param shingleWords      words per shingle
 * @param copies            LSH banding and the copy thresholds
 * @param stories           story features and the clustering cut
 * @param paragraphMinWords a shared paragraph counts as reuse from this many words
 * @param quoteMinWords     a shared quotation counts as reuse from this many words
 */
public record GroupingConfig(
        long seed, int shingleWords, CopyRule copies, StoryRule stories, int paragraphMinWords, int quoteMinWords) {

    public GroupingConfig {
        if (shingleWords < 1 || paragraphMinWords < 1 || quoteMinWords < 1) {
            throw new IllegalArgumentException("shingleWords, paragraphMinWords and quoteMinWords must be positive: "
                    + shingleWords + ", " + paragraphMinWords + ", " + quoteMinWords);
        }
        Objects.requireNonNull(copies, "copies");
        Objects.requireNonNull(stories, "stories");
    }

    public static GroupingConfig defaults() {
        return new GroupingConfig(0x5EED_D055_1E75L, 3, CopyRule.defaults(), StoryRule.defaults(), 12, 8);
    }
}
