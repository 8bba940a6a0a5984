package dev.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.group.fingerprint.CopyRule;
import org.junit.jupiter.api.Test;

/** The copy rule reaches the executors whole: the rewrite thresholds too, not the defaults. */
class SparkCopiesRuleTest {
    @Test
    void everyThresholdTravelsToTheExecutors() {
        CopyRule rule = new CopyRule(40, 3, 0.6, 0.8, 12, 0.45, 0.2);
        assertEquals(rule, SparkCopies.Rule.of(rule).copyRule());
        assertEquals(CopyRule.defaults(), SparkCopies.Rule.of(CopyRule.defaults()).copyRule());
    }
}
