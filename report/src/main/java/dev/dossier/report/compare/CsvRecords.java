package dev.dossier.report.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: fields separated by commas, a field may be quoted with {@code "}
 * (then it may hold commas, line breaks and doubled quotes), records end with LF or CRLF. Blank
 * lines are records with one empty field. Every record keeps the 1-based line it starts on.
 * An unterminated quote is an error naming the line where the quoted field began.
 */
final class CsvRecords {
    private final String file;
    private final String text;
    private int position;
    private int line = 1;

    private CsvRecords(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** One CSV record and the line of the file it starts on. */
    record Record(int line, List<String> fields) {
        Record {
            fields = List.copyOf(fields);
        }

        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    static List<Record> parse(String file, String text) throws RegisterFormatException {
        return new CsvRecords(file, text).records();
    }

    private List<Record> records() throws RegisterFormatException {
        List<Record> records = new ArrayList<>();
        while (position < text.length()) {
            records.add(record());
        }
        return records;
    }

    private Record record() throws RegisterFormatException {
        int start = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(position < text.length() && text.charAt(position) == '"' ? quoted() : plain());
            if (position >= text.length()) {
                return new Record(start, fields);
            }
            char c = text.charAt(position++);
            if (c == '\n') {
                line++;
                return new Record(start, fields);
            }
            if (c == '\r') {
                skipLineFeed();
                line++;
                return new Record(start, fields);
            }
            // c == ',': the next field follows
        }
    }

    private String plain() {
        int from = position;
        while (position < text.length() && ",\r\n".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        return text.substring(from, position);
    }

    private String quoted() throws RegisterFormatException {
        int openedOn = line;
        StringBuilder value = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"' && position < text.length() && text.charAt(position) == '"') {
                value.append('"');
                position++;
            } else if (c == '"') {
                value.append(plain());
                return value.toString();
            } else {
                line += c == '\n' ? 1 : 0;
                value.append(c);
            }
        }
        throw new RegisterFormatException(file, openedOn, "a quoted field is never closed");
    }

    private void skipLineFeed() {
        if (position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
    }
}
