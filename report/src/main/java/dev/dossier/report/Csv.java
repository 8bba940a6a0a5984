package dev.dossier.report;

import java.util.List;

/**
 * RFC 4180 CSV: CRLF between records; a field holding a comma, quote, CR or LF is quoted, quotes
 * doubled. A field that a spreadsheet would run as a formula (it starts with {@code = + - @}, a
 * tab or a carriage return; file names and quotes come from articles) gets a leading apostrophe,
 * as OWASP advises against CSV injection, so it is shown as text and never evaluated.
 */
final class Csv {
    private Csv() {}

    static String row(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String field(String raw) {
        String value = neutralised(raw);
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
