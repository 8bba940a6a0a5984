package dev.dossier.report.compare;

import dev.dossier.report.compare.SipriRow.Estimate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The per-delivery export grouped back into deals: every row of one "SIPRI AT Database ID" is one
 * delivery year of one deal. The deal's number delivered is the sum of its rows; this layout
 * has no number ordered and no comments, so those stay empty. Deals keep the order of their
 * first row.
 */
final class PerDeliveryRows {
    private PerDeliveryRows() {}

    static List<SipriRow> group(RegisterHeader header, List<CsvRecords.Record> body) throws RegisterFormatException {
        Map<String, List<RegisterHeader.Cells>> byId = new LinkedHashMap<>();
        for (CsvRecords.Record record : body) {
            RegisterHeader.Cells cells = header.cells(record);
            String id = cells.text("sipri at database id");
            if (id.isEmpty()) {
                throw new RegisterFormatException(header.file(), record.line(), "the row has no SIPRI AT Database ID");
            }
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(cells);
        }
        List<SipriRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<RegisterHeader.Cells>> deal : byId.entrySet()) {
            rows.add(deal(deal.getKey(), deal.getValue()));
        }
        return List.copyOf(rows);
    }

    private static SipriRow deal(String id, List<RegisterHeader.Cells> deliveries) throws RegisterFormatException {
        RegisterHeader.Cells first = deliveries.get(0);
        Set<Estimate> estimates = EnumSet.noneOf(Estimate.class);
        OptionalInt orderYear = first.year("order date", estimates, Estimate.ORDER_YEAR);
        first.flag("order date is estimate", estimates, Estimate.ORDER_YEAR);
        List<Integer> years = new ArrayList<>();
        int delivered = 0;
        boolean anyNumber = false;
        for (RegisterHeader.Cells cells : deliveries) {
            OptionalInt number = cells.number("numbers delivered", estimates, Estimate.NUMBER_DELIVERED);
            cells.flag("numbers delivered is estimate", estimates, Estimate.NUMBER_DELIVERED);
            anyNumber |= number.isPresent();
            delivered += number.orElse(0);
            years.addAll(cells.years("delivery year", estimates));
            cells.flag("delivery year is estimate", estimates, Estimate.DELIVERY_YEARS);
        }
        return new SipriRow(first.line(), Optional.of(id), first.text("recipient"), first.text("supplier"),
                first.text("designation"), first.text("description"), orderYear, OptionalInt.empty(),
                anyNumber ? OptionalInt.of(delivered) : OptionalInt.empty(), years, first.text("status"), "",
                estimates);
    }
}
