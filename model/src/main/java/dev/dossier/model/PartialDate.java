package dev.dossier.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date at the precision a text supports: a year, a month or a day. Month and day
 * are 0 when unknown. Printed as ISO 8601 at its precision: {@code 2019}, {@code 2019-07},
 * {@code 2019-07-12}.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month: " + year + "-?-" + day);
        }
        if (day != 0 && day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day);
        }
        if (day < 0) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static PartialDate parse(String iso) {
        Matcher m = ISO.matcher(Checks.present(iso, "iso").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO partial date: '" + iso + "'");
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new PartialDate(Integer.parseInt(m.group(1)), month, day);
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** This date cut down to {@code precision} (never made more precise). */
    public PartialDate truncate(Precision precision) {
        return switch (precision) {
            case YEAR -> ofYear(year);
            case MONTH -> month == 0 ? this : ofMonth(year, month);
            case DAY -> this;
        };
    }

    /** True when the two are equal on the precision both give: 2019 agrees with 2019-07. */
    public boolean agreesWith(PartialDate other) {
        Precision common = precision().compareTo(other.precision()) <= 0 ? precision() : other.precision();
        return truncate(common).equals(other.truncate(common));
    }

    /** The first day this date can mean, for ordering. */
    public LocalDate earliest() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    public String iso() {
        return switch (precision()) {
            case YEAR -> String.format(java.util.Locale.ROOT, "%04d", year);
            case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
            case DAY -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDay = earliest().compareTo(other.earliest());
        return byDay != 0 ? byDay : precision().compareTo(other.precision());
    }

    @Override
    public String toString() {
        return iso();
    }
}
