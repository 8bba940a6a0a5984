package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The state where a war or military operation takes place is its setting, never a party (sentences written for the project). */
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
}
