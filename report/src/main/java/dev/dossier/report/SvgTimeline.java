package dev.dossier.report;

import static dev.dossier.report.Html.escape;

import dev.dossier.model.Event;
import dev.dossier.model.EventStatus;
import dev.dossier.model.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dated events on a horizontal time axis, as inline SVG. A year- or month-precise date is
 * drawn as a band over the time it may mean, with its dot in the middle. Labels go in lanes
 * above the axis (lane 0 nearest), each in the first lane where it does not overlap the one before.
 */
final class SvgTimeline {
    static final int WIDTH = 1080;
    private static final int MARGIN = 30;
    private static final int LANE_HEIGHT = 24;
    private static final double CHAR_WIDTH = 6.4;
    private static final int MAX_LABEL = 60;
    /** Beyond this many lanes an event keeps its dot and tooltip but no label, so the chart stays readable. */
    static final int MAX_LANES = 14;

    private SvgTimeline() {}

    static String render(List<Event> dated) {
        List<Event> events = dated.stream().filter(e -> e.date().isPresent()).toList();
        if (events.isEmpty()) {
            return "";
        }
        Axis axis = Axis.over(events);
        List<Placed> placed = place(events, axis);
        int lanes = placed.stream().mapToInt(Placed::lane).max().orElse(0) + 1;
        int axisY = 24 + lanes * LANE_HEIGHT + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%%\" "
                + "viewBox=\"0 0 %d %d\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" "
                + "aria-label=\"Timeline of %d dated events\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n",
                WIDTH, axisY + 40, events.size()));
        ticks(svg, axis, axisY);
        for (Placed p : placed) {
            event(svg, p, axisY);
        }
        // Labels last, with a white halo, so that no leader line runs through their words.
        for (Placed p : placed) {
            label(svg, p, axisY);
        }
        return svg.append("</svg>").toString();
    }

    /** The legend under the timeline: one colour per event status. */
    static String legend() {
        StringBuilder html = new StringBuilder("<div class=\"legend\">");
        for (EventStatus status : EventStatus.values()) {
            html.append("<span><i style=\"background:").append(colour(status)).append("\"></i>")
                    .append(status.name().toLowerCase(Locale.ROOT)).append("</span>");
        }
        return html.append("</div>").toString();
    }

    /** Days from the first 1 January before the earliest event to the last 1 January after the latest. */
    record Axis(LocalDate from, LocalDate to) {
        static Axis over(List<Event> events) {
            int first = events.stream().mapToInt(e -> e.date().get().year()).min().getAsInt();
            int last = events.stream().mapToInt(e -> e.date().get().year()).max().getAsInt();
            return new Axis(LocalDate.of(first, 1, 1), LocalDate.of(last + 1, 1, 1));
        }

        double x(LocalDate date) {
            double days = ChronoUnit.DAYS.between(from, date);
            double total = ChronoUnit.DAYS.between(from, to);
            return MARGIN + days / total * (WIDTH - 2 * MARGIN);
        }

        int years() {
            return to.getYear() - from.getYear();
        }
    }

    /** An event with where it goes: its band on the axis, its dot, its label's lane (-1: no label) and anchor side. */
    record Placed(Event event, double bandStart, double bandEnd, double x, int lane, boolean anchorEnd, String label) {}

    private static List<Placed> place(List<Event> events, Axis axis) {
        List<Double> laneEnds = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (Event event : events) {
            PartialDate date = event.date().get();
            double start = axis.x(date.earliest());
            double end = axis.x(latest(date).plusDays(1));
            double x = (start + end) / 2;
            String label = label(event);
            double width = label.length() * CHAR_WIDTH + 10;
            boolean anchorEnd = x + width > WIDTH - 4;
            double left = anchorEnd ? x - width : x;
            double right = anchorEnd ? x : x + width;
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > left) {
                lane++;
            }
            if (lane >= MAX_LANES) {
                lane = -1;
            } else if (lane == laneEnds.size()) {
                laneEnds.add(right);
            } else {
                laneEnds.set(lane, right);
            }
            placed.add(new Placed(event, start, end, x, lane, anchorEnd, label));
        }
        return placed;
    }

    private static LocalDate latest(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> LocalDate.of(date.year(), 12, 31);
            case MONTH -> date.earliest().withDayOfMonth(date.earliest().lengthOfMonth());
            case DAY -> date.earliest();
        };
    }

    private static void ticks(StringBuilder svg, Axis axis, int axisY) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#8a94a6\" "
                + "stroke-width=\"1.5\"/>\n", MARGIN, axisY, WIDTH - MARGIN, axisY));
        int step = tickStep(axis.years());
        for (int year = axis.from().getYear(); year <= axis.to().getYear(); year += step) {
            double x = axis.x(LocalDate.of(year, 1, 1));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#8a94a6\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#5d6675\">%d</text>\n",
                    x, axisY, x, axisY + 6, x, axisY + 22, year));
        }
    }

    /** Years between ticks: 1, 2, 5, 10, 20, 50, … so that there are at most about a dozen ticks. */
    static int tickStep(int years) {
        int step = 1;
        int[] factors = {2, 5, 10};
        for (int magnitude = 1; years / step > 12; magnitude *= 10) {
            for (int factor : factors) {
                step = factor * magnitude;
                if (years / step <= 12) {
                    break;
                }
            }
        }
        return step;
    }

    private static void event(StringBuilder svg, Placed p, int axisY) {
        String colour = colour(p.event().status());
        int labelY = axisY - 16 - p.lane() * LANE_HEIGHT;
        svg.append("<g><title>").append(escape(Wording.eventDate(p.event()) + ": " + Wording.eventLabel(p.event())
                + " (" + p.event().status().name().toLowerCase(Locale.ROOT) + ")")).append("</title>");
        if (p.lane() < 0) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"%s\" stroke=\"#fff\"/></g>%n",
                    p.x(), axisY, colour));
            return;
        }
        if (p.bandEnd() - p.bandStart() > 3) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"8\" rx=\"3\" "
                    + "fill=\"%s\" opacity=\"0.18\"/>", p.bandStart(), axisY - 4, p.bandEnd() - p.bandStart(), colour));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" "
                + "stroke-opacity=\"0.45\"/>", p.x(), labelY + 4, p.x(), axisY, colour));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\" stroke=\"#fff\" "
                + "stroke-width=\"1.5\"/></g>%n", p.x(), axisY, colour));
    }

    private static void label(StringBuilder svg, Placed p, int axisY) {
        if (p.lane() < 0) {
            return;
        }
        int labelY = axisY - 16 - p.lane() * LANE_HEIGHT;
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" fill=\"#1d2330\" "
                + "stroke=\"#fff\" stroke-width=\"4\" paint-order=\"stroke\">",
                p.anchorEnd() ? p.x() - 5 : p.x() + 5, labelY, p.anchorEnd() ? "end" : "start"))
                .append(escape(p.label())).append("</text>\n");
    }

    /** "Jul 2019 · Delivery: Russia → Turkey, S-400", shortened to fit. */
    private static String label(Event event) {
        PartialDate date = event.date().get();
        String when = switch (date.precision()) {
            case YEAR -> Integer.toString(date.year());
            case MONTH, DAY -> Wording.date(date.truncate(dev.dossier.model.Precision.MONTH)).substring(0, 3)
                    + " " + date.year();
        };
        String text = when + " · " + Wording.eventLabel(event);
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
    }

    static String colour(EventStatus status) {
        return switch (status) {
            case ASSERTED -> "#1f4e8c";
            case REPORTED -> "#4a86c5";
            case DENIED -> "#b3261e";
            case DISPUTED -> "#d97706";
            case PLANNED -> "#7c5cbf";
            case SPECULATIVE -> "#8a94a6";
        };
    }
}
