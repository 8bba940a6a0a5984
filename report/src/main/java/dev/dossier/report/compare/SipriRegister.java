package dev.dossier.report.compare;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a SIPRI Arms Transfers Database export as users download it, in either layout:
 * <ul>
 *   <li>the <b>trade register</b>: a preamble (eleven lines today), then the header
 *       {@code Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,…}, one row
 *       per deal; an unnamed column after a named one is its '?' uncertainty flag;</li>
 *   <li>the <b>per-delivery</b> export: header {@code SIPRI AT Database ID,Supplier,Recipient,…,
 *       Delivery year,…}, one row per deal and delivery year, grouped back into deals by id.</li>
 * </ul>
 * The header is found by its first cell, not by counting preamble lines. Quirks the real export
 * has are read, not rejected: semicolons inside comments, empty numbers, '?' flags (also glued to
 * a number, "250?"), year lists like "2016; 2017", a byte-order mark, CRLF, a trailing ';' at the
 * end of a line, Windows-1252 instead of UTF-8 (non-ASCII names). Anything else that does not
 * fit (a row with the wrong number of fields, a year that is not one, an unclosed quote) fails
 * with the file and line.
 */
public final class SipriRegister {
    static final int MAX_PREAMBLE_LINES = 40;

    private SipriRegister() {}

    /** Reads a register file. */
    public static List<SipriRow> read(Path file) throws IOException {
        return parse(file.toString(), decode(Files.readAllBytes(file)));
    }

    /** Reads a register's text; {@code file} names it in errors. */
    public static List<SipriRow> parse(String file, String text) throws RegisterFormatException {
        List<CsvRecords.Record> records = CsvRecords.parse(file, stripByteOrderMark(text));
        int headerAt = headerIndex(file, records);
        RegisterHeader header = RegisterHeader.of(file, records.get(headerAt));
        List<CsvRecords.Record> body = records.subList(headerAt + 1, records.size()).stream()
                .filter(r -> !r.fields().stream().allMatch(String::isBlank)).toList();
        return header.perDelivery() ? PerDeliveryRows.group(header, body) : tradeRegisterRows(header, body);
    }

    private static List<SipriRow> tradeRegisterRows(RegisterHeader header, List<CsvRecords.Record> body)
            throws RegisterFormatException {
        List<SipriRow> rows = new ArrayList<>();
        for (CsvRecords.Record record : body) {
            rows.add(header.tradeRegisterRow(record));
        }
        return List.copyOf(rows);
    }

    private static int headerIndex(String file, List<CsvRecords.Record> records) throws RegisterFormatException {
        for (int i = 0; i < records.size() && records.get(i).line() <= MAX_PREAMBLE_LINES; i++) {
            String first = records.get(i).fields().get(0).trim().toLowerCase(Locale.ROOT);
            if (first.equals("recipient") || first.equals("sipri at database id")) {
                return i;
            }
        }
        throw new RegisterFormatException(file, 1, "no SIPRI header line in the first " + MAX_PREAMBLE_LINES
                + " lines: expected one starting 'Recipient,Supplier,Year of order' (trade register) or "
                + "'SIPRI AT Database ID,Supplier,Recipient' (per-delivery export)");
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (older exports). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
