package dev.dossier.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Event;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SvgTimelineTest {
    @Test
    void labelsAreEscaped() {
        String svg = SvgTimeline.render(List.of(event("e1", "<script>x</script>", PartialDate.ofMonth(2019, 7))));
        assertFalse(svg.contains("<script"));
        assertTrue(svg.contains("&lt;script&gt;"));
    }

    @Test
    void aCrowdedMonthKeepsEveryDotButOnlySomeLabels() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(event("e" + i, "System " + i, PartialDate.ofMonth(2019, 7)));
        }
        String svg = SvgTimeline.render(events);
        assertEquals(40, count(svg, "<title>"));
        assertEquals(SvgTimeline.MAX_LANES, count(svg, "fill=\"#1d2330\""));
    }

    @Test
    void theAxisSpansTheYearsOfTheEvents() {
        String svg = SvgTimeline.render(List.of(event("e1", "A", PartialDate.ofYear(2016)),
                event("e2", "B", PartialDate.parse("2020-12-14"))));
        for (int year = 2016; year <= 2021; year++) {
            assertTrue(svg.contains(">" + year + "</text>"), "tick " + year);
        }
    }

    @Test
    void ticksStayFewOverLongSpans() {
        assertEquals(1, SvgTimeline.tickStep(5));
        assertEquals(2, SvgTimeline.tickStep(20));
        assertEquals(5, SvgTimeline.tickStep(50));
        assertEquals(1000, SvgTimeline.tickStep(9000));
        String svg = SvgTimeline.render(List.of(event("e1", "A", PartialDate.ofYear(1)), event("e2", "B", PartialDate.ofYear(9998))));
        assertTrue(count(svg, "text-anchor=\"middle\"") <= 13, "ticks");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static Event event(String id, String system, PartialDate date) {
        return new Event(id, EventType.DELIVERY, Roles.transfer("Northland", "Southmark", system), Optional.of(date),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), EventStatus.ASSERTED,
                Optional.empty(), List.of(), Optional.empty());
    }
}
