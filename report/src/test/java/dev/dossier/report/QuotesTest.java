package dev.dossier.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.Deal;
import dev.dossier.model.Dossier;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {
    private final Dossier dossier = SampleDossier.dossier();
    private final ReportData data = new ReportData(dossier);
    private final Deal deal = dossier.deals().get(0);

    @Test
    void aSourceThatClaimsAnotherValueIsNotQuotedBehindThisOne() {
        Slot<PartialDate> slot = new Slot<>(PartialDate.ofMonth(2019, 6), List.of("a1", "c3"), 2, true);
        List<Quotes.Quote> quotes = Quotes.behind(deal, "first_delivery", slot, data);
        assertEquals(List.of("The first KX-9 batteries arrived in Southmark in June 2019."),
                quotes.stream().map(Quotes.Quote::text).toList());
    }

    @Test
    void copiesOfOneSentenceAreOneQuoteWithEverySource() {
        List<Quotes.Quote> quotes = Quotes.behind(deal, "order_date", deal.orderDate().get(), data);
        assertEquals(1, quotes.size());
        assertEquals(List.of("a1", "b2"), quotes.get(0).sources().stream().map(e -> e.document()).toList());
    }

    @Test
    void aQuoteNamesAValueWhenItSpellsItOut() {
        assertEquals(true, Quotes.names("signed in December 2017 for $2.5 billion", PartialDate.ofMonth(2017, 12)));
        assertEquals(false, Quotes.names("signed in 2017", PartialDate.ofMonth(2017, 12)));
        assertEquals(true, Quotes.names("worth around $2.5 billion", new dev.dossier.model.Money(2.5e9, "USD", true)));
        assertEquals(false, Quotes.names("worth a lot", new dev.dossier.model.Money(2.5e9, "USD", true)));
        assertEquals(true, Quotes.names("four batteries, 4 in all", new dev.dossier.model.Quantity(4, "battery", false)));
        assertEquals(false, Quotes.names("40 jets", new dev.dossier.model.Quantity(4, "jet", false)));
    }
    @Test
    void aSlotThatKeepsItsStatingSentencesShowsThoseAlone() {
        var stating = dossier.events().get(0).sources().stream().map(s -> s.evidence())
                .filter(e -> e.document().equals("b2")).findFirst().orElseThrow();
        Slot<PartialDate> slot = new Slot<>(PartialDate.ofMonth(2017, 3), List.of("a1", "b2"), 1, false,
                List.of(stating));
        List<Quotes.Quote> quotes = Quotes.behind(deal, "order_date", slot, data);
        assertEquals(1, quotes.size());
        assertEquals(List.of("b2"), quotes.get(0).sources().stream().map(e -> e.document()).toList(),
                "a1's copy of the sentence is not one the slot keeps");
    }
}
