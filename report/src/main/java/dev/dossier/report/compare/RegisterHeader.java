package dev.dossier.report.compare;

import dev.dossier.report.compare.SipriRow.Estimate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A register's header line: the column names (lower case; an unnamed column is the flag of
 * the named one before it, "year of order flag"), which layout they are, and the reading of one
 * row's cells by column name with the file and line in every error.
 */
final class RegisterHeader {
    private static final Pattern YEAR_LIST = Pattern.compile("[;,\\s]+");
    private static final List<String> TRADE_REGISTER_COLUMNS = List.of("recipient", "supplier", "year of order",
            "weapon designation");
    private static final List<String> PER_DELIVERY_COLUMNS = List.of("sipri at database id", "supplier", "recipient",
            "designation", "delivery year");

    private final String file;
    private final int line;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    private RegisterHeader(String file, int line, List<String> names) {
        this.file = file;
        this.line = line;
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i), i);
        }
    }

    static RegisterHeader of(String file, CsvRecords.Record record) throws RegisterFormatException {
        List<String> names = new ArrayList<>();
        String previous = "";
        for (String cell : withoutTrailingSemicolon(record.fields())) {
            String name = cell.trim().toLowerCase(Locale.ROOT);
            names.add(name.isEmpty() ? previous + " flag" : name);
            previous = name.isEmpty() ? previous : name;
        }
        RegisterHeader header = new RegisterHeader(file, record.line(), names);
        for (String required : header.perDelivery() ? PER_DELIVERY_COLUMNS : TRADE_REGISTER_COLUMNS) {
            if (!header.index.containsKey(required)) {
                throw new RegisterFormatException(file, record.line(), "the header has no '" + required + "' column");
            }
        }
        return header;
    }

    boolean perDelivery() {
        return names.get(0).equals("sipri at database id");
    }

    String file() {
        return file;
    }

    /** The record's cells, checked against the header's width (trailing empty cells tolerated). */
    Cells cells(CsvRecords.Record record) throws RegisterFormatException {
        List<String> fields = new ArrayList<>(withoutTrailingSemicolon(record.fields()));
        while (fields.size() > names.size() && fields.get(fields.size() - 1).isBlank()) {
            fields.remove(fields.size() - 1);
        }
        if (fields.size() != names.size()) {
            throw new RegisterFormatException(file, record.line(), "the row has " + fields.size()
                    + " fields where the header (line " + line + ") has " + names.size()
                    + (fields.size() > names.size() ? "; an unquoted comma inside a field?" : ""));
        }
        return new Cells(record.line(), fields);
    }

    /** One trade-register row. */
    SipriRow tradeRegisterRow(CsvRecords.Record record) throws RegisterFormatException {
        Cells cells = cells(record);
        Set<Estimate> estimates = EnumSet.noneOf(Estimate.class);
        OptionalInt orderYear = cells.year("year of order", estimates, Estimate.ORDER_YEAR);
        cells.flag("year of order flag", estimates, Estimate.ORDER_YEAR);
        OptionalInt ordered = cells.number("number ordered", estimates, Estimate.NUMBER_ORDERED);
        cells.flag("number ordered flag", estimates, Estimate.NUMBER_ORDERED);
        OptionalInt delivered = cells.number("number delivered", estimates, Estimate.NUMBER_DELIVERED);
        cells.flag("number delivered flag", estimates, Estimate.NUMBER_DELIVERED);
        List<Integer> years = cells.years("year(s) of delivery", estimates);
        return new SipriRow(record.line(), Optional.empty(), cells.text("recipient"), cells.text("supplier"),
                cells.text("weapon designation"), cells.text("weapon description"), orderYear, ordered, delivered,
                years, cells.text("status"), cells.text("comments"), estimates);
    }

    private static List<String> withoutTrailingSemicolon(List<String> fields) {
        List<String> copy = new ArrayList<>(fields);
        String last = copy.get(copy.size() - 1);
        if (last.endsWith(";")) {
            copy.set(copy.size() - 1, last.substring(0, last.length() - 1));
        }
        return copy;
    }

    /** One row's cells, read by column name; a missing column reads as "". */
    final class Cells {
        private final int row;
        private final List<String> fields;

        private Cells(int row, List<String> fields) {
            this.row = row;
            this.fields = fields;
        }

        int line() {
            return row;
        }

        String text(String column) {
            Integer at = index.get(column);
            return at == null ? "" : fields.get(at).trim();
        }

        /** A truthy flag cell ("?", "yes", "true", "1") adds its field to the estimates. */
        void flag(String column, Set<Estimate> estimates, Estimate field) {
            String value = text(column).toLowerCase(Locale.ROOT);
            if (value.equals("?") || value.equals("yes") || value.equals("y") || value.equals("true")
                    || value.equals("1")) {
                estimates.add(field);
            }
        }

        OptionalInt number(String column, Set<Estimate> estimates, Estimate field) throws RegisterFormatException {
            String value = estimateMarked(column, estimates, field).replace(",", "").replace(" ", "");
            if (value.isEmpty()) {
                return OptionalInt.empty();
            }
            if (!value.matches("\\d{1,9}")) {
                throw problem(column, value, "not a number");
            }
            return OptionalInt.of(Integer.parseInt(value));
        }

        OptionalInt year(String column, Set<Estimate> estimates, Estimate field) throws RegisterFormatException {
            String value = estimateMarked(column, estimates, field);
            if (value.isEmpty()) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(checkedYear(column, value.length() > 4 && value.matches("\\d{4}-.*")
                    ? value.substring(0, 4) : value));
        }

        /** "2016; 2017" (also with commas or spaces) as a list of years. */
        List<Integer> years(String column, Set<Estimate> estimates) throws RegisterFormatException {
            String value = estimateMarked(column, estimates, Estimate.DELIVERY_YEARS);
            List<Integer> years = new ArrayList<>();
            for (String part : YEAR_LIST.split(value)) {
                if (!part.isEmpty()) {
                    years.add(checkedYear(column, part));
                }
            }
            return years;
        }

        private String estimateMarked(String column, Set<Estimate> estimates, Estimate field) {
            String value = text(column);
            if (value.contains("?")) {
                estimates.add(field);
                return value.replace("?", "").trim();
            }
            return value;
        }

        private int checkedYear(String column, String value) throws RegisterFormatException {
            if (!value.matches("\\d{4}")) {
                throw problem(column, value, "not a year");
            }
            int year = Integer.parseInt(value);
            if (year < 1900 || year > 2200) {
                throw problem(column, value, "not a plausible year");
            }
            return year;
        }

        private RegisterFormatException problem(String column, String value, String what) {
            return new RegisterFormatException(file, row, "'" + column + "' is '" + value + "', " + what);
        }
    }
}
