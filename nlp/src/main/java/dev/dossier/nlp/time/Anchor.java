package dev.dossier.nlp.time;

import dev.dossier.model.PartialDate;
import dev.dossier.model.Precision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/**
 * The date relative expressions resolve against (a document's publication date) at the
 * precision known. Each accessor is empty when the anchor is coarser than it needs.
 */
record Anchor(Optional<PartialDate> date) {

    Optional<Integer> year() {
        return date.map(PartialDate::year);
    }

    Optional<YearMonth> month() {
        return date.filter(d -> d.precision() != Precision.YEAR).map(d -> YearMonth.of(d.year(), d.month()));
    }

    Optional<LocalDate> day() {
        return date.filter(d -> d.precision() == Precision.DAY).map(d -> LocalDate.of(d.year(), d.month(), d.day()));
    }

    /** The weekday {@code day} nearest the anchor in the given direction (on or before when PAST). */
    Optional<LocalDate> weekday(DayOfWeek day, Direction direction) {
        return day().map(anchor -> switch (direction) {
            case PAST -> anchor.minusDays(Math.floorMod(anchor.getDayOfWeek().getValue() - day.getValue(), 7));
            case FUTURE -> anchor.plusDays(Math.floorMod(day.getValue() - anchor.getDayOfWeek().getValue(), 7));
            case BEFORE -> anchor.minusDays(1 + Math.floorMod(anchor.getDayOfWeek().getValue() - day.getValue() - 1, 7));
            case AFTER -> anchor.plusDays(1 + Math.floorMod(day.getValue() - anchor.getDayOfWeek().getValue() - 1, 7));
        });
    }

    /** Where a relative expression points from the anchor: PAST/FUTURE include the anchor. */
    enum Direction { PAST, FUTURE, BEFORE, AFTER }

    static String iso(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    static String iso(YearMonth month) {
        return String.format(Locale.ROOT, "%04d-%02d", month.getYear(), month.getMonthValue());
    }

    static String iso(LocalDate day) {
        return PartialDate.of(day).iso();
    }

    static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%04d-W%02d",
                day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static PartialDate partial(YearMonth month) {
        return PartialDate.ofMonth(month.getYear(), month.getMonthValue());
    }
}
