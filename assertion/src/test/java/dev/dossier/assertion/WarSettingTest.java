package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clause cues that keep a word of another clause off a trigger: the state where a war takes place is
 * its setting, never a party; a "long-awaited" adjective does not make the verb a plan (sentences
 * written for the project).
 */
class WarSettingTest {
    private final RuleAssertionReader reader = new RuleAssertionReader();

    private List<String> read(Fixture fixture) {
        return reader.read(fixture.build()).stream().map(RuleAssertionReaderTest::line).toList();
    }

    @Test
    void russianOperationOnAStateIsTheSettingOfATransfer() {
        var doc = Fixture.doc("ru-setting", "Небольшие партии дронов были переданы из Беларуси в Сербию в 2020 году, "
                        + "за несколько месяцев до начала спецоперации на Украине.")
                .country("Беларуси", "Belarus").country("Сербию", "Serbia").country("Украине", "Ukraine")
                .time("2020 году", "2020");
        assertEquals(List.of("DELIVERY Belarus>Serbia category:drone+loitering-munition 2020 #- asserted asserts -/-"),
                read(doc));
    }

    @Test
    void aLongAwaitedDeliveryHappened() {
        var doc = Fixture.doc("awaited", "Peru on Friday received the first of its 12 long-awaited K2 tanks from South Korea.")
                .country("Peru", "Peru").country("South Korea", "South Korea").weapon("K2", "K2", "South Korea");
        assertEquals("DELIVERY South Korea>Peru K2 - #- asserted asserts -/-", read(doc).get(0), read(doc).toString());
    }
}
