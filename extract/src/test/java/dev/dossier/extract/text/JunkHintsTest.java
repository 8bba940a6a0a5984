package dev.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.extract.CorpusTexts;
import dev.dossier.extract.Resources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hints of {@code junk-lines.tsv} let a rule skip its regex on a line holding none of them, so a
 * line the regex matches must hold one: checked on furniture written for each hinted kind and on every
 * line of the examples, the real corpus and the seeds.
 */
class JunkHintsTest {
    private static final String[] FURNITURE = {
        "Leave a comment", "View 12 replies", "Join the conversation", "Subscribers agree to our terms",
        "Jetzt Newsletter abonnieren", "Suscríbete al boletín", "Подпишитесь на канал", "Подписка", "Abone ol",
        "Sign up for our daily newsletter to get the news first", "Donate now", "Support our newsroom",
        "Email | Print | Share this article", "Get our newsletter", "Words: 840", "Wörter: 1200",
        "(Anna Lee / Example Wire)", "Subscribe", "Manage your subscription", "Terms of use", "Privacy policy",
        "Terms & conditions", "- ends -", "(END OF STORY) -30-", "Accept all cookies", "We value your privacy",
        "Advertisement", "Sponsored content", "Paid partnership", "See all", "Show all »",
        "Be the first to comment", "Updated: 2 May 2024 14:05", "Example Herald | Published: May 2, 2024 09:30",
        "Home / World / Europe", "News > Defence > Land", "Related: Poland buys tanks", "Read more:"
    };

    @Test
    void theFurnitureWrittenForEachHintedRuleHoldsAHintWhereItsRegexMatches() {
        assertTrue(matchesHeld(List.of(FURNITURE)) >= 30, "too few of the furniture lines matched a hinted rule");
    }

    @Test
    void theExamplesTheRealCorpusAndTheSeedsHoldAHintWhereARegexMatches() {
        List<String> lines = new ArrayList<>();
        for (Path file : CorpusTexts.files()) {
            for (Line line : Line.split(CorpusTexts.text(file))) {
                lines.add(line.text());
            }
        }
        assertTrue(matchesHeld(lines) > 10, "too few lines matched a hinted rule");
    }

    /** How many (line, hinted rule) pairs match; fails on a match whose text holds none of the rule's hints. */
    private static int matchesHeld(List<String> lines) {
        int matches = 0;
        for (String[] row : Resources.tsv("junk-lines.tsv")) {
            if (row.length <= 3) {
                continue;
            }
            boolean cased = row[2].contains("\\p{Lu}");
            Pattern pattern = cased ? Pattern.compile(row[2], Pattern.UNICODE_CASE) : Pattern.compile(row[2]);
            List<String> hints = List.of(row[3].strip().split("\\|"));
            assertFalse(hints.isEmpty() || hints.contains(""), "empty hint in " + row[2]);
            for (String line : lines) {
                String text = cased ? line.strip() : line.strip().toLowerCase(Locale.ROOT);
                if (pattern.matcher(text).find()) {
                    matches++;
                    assertTrue(hints.stream().anyMatch(text::contains), row[2] + " matches, but no hint is in: " + text);
                }
            }
        }
        return matches;
    }
}
