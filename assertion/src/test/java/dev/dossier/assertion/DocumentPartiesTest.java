package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A dated claim that names one party of its transfer takes the other from its own article's complete claims. */
class DocumentPartiesTest {
    private final RuleAssertionReader reader = new RuleAssertionReader();

    private List<String> read(Fixture fixture) {
        return reader.read(fixture.build()).stream().map(RuleAssertionReaderTest::line).toList();
    }

    @Test
    void datedDelayWithoutItsBuyerTakesTheBuyerTheArticleGivesTwice() {
        var doc = Fixture.doc("dp1", "In May 2026 South Korea again delayed K2 tanks. "
                        + "Peru bought K2 tanks from South Korea. Peru ordered K2 tanks from South Korea.")
                .country("Peru", "Peru").country("South Korea", "South Korea").weapon("K2", "K2", "South Korea")
                .time("May 2026", "2026-05");
        assertEquals("DELAY South Korea>Peru K2 2026-05 #- asserted asserts -/-", read(doc).get(0));
    }

    @Test
    void twoBuyersInTheArticleLeaveTheClaimHalfNamed() {
        var doc = Fixture.doc("dp2", "In May 2026 South Korea again delayed K2 tanks. "
                        + "Peru bought K2 tanks from South Korea. Chile ordered K2 tanks from South Korea.")
                .country("Peru", "Peru").country("Chile", "Chile").country("South Korea", "South Korea")
                .weapon("K2", "K2", "South Korea").time("May 2026", "2026-05");
        assertEquals("DELAY South Korea>? K2 2026-05 #- asserted asserts -/-", read(doc).get(0));
    }

    @Test
    void oneCompleteClaimIsTooLittleAndAnUndatedClaimIsLeftToTheReconciler() {
        var once = Fixture.doc("dp3", "In May 2026 South Korea again delayed K2 tanks. "
                        + "Peru bought K2 tanks from South Korea.")
                .country("Peru", "Peru").country("South Korea", "South Korea").weapon("K2", "K2", "South Korea")
                .time("May 2026", "2026-05");
        assertEquals("DELAY South Korea>? K2 2026-05 #- asserted asserts -/-", read(once).get(0));
        var undated = Fixture.doc("dp4", "South Korea again delayed K2 tanks. "
                        + "Peru bought K2 tanks from South Korea. Peru ordered K2 tanks from South Korea.")
                .country("Peru", "Peru").country("South Korea", "South Korea").weapon("K2", "K2", "South Korea");
        assertEquals("DELAY South Korea>? K2 - #- asserted asserts -/-", read(undated).get(0));
    }

    @Test
    void aPlanWithAYearIsNotCompleted() {
        var doc = Fixture.doc("dp5", "South Korea will deliver K2 tanks in 2027. "
                        + "Peru bought K2 tanks from South Korea. Peru ordered K2 tanks from South Korea.")
                .country("Peru", "Peru").country("South Korea", "South Korea").weapon("K2", "K2", "South Korea")
                .time("2027", "2027");
        assertEquals("DELIVERY South Korea>? K2 2027 #- planned asserts -/-", read(doc).get(0));
    }
}
