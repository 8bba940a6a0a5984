package dev.dossier.nlp.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated lexicon file: lines starting with {@code #} are comments (the source line),
 * the first other line is the header, every further line a row. Missing cells read as "".
 */
public final class Tsv {
    /** Where lexicon resources live on the class path. */
    public static final String BASE = "/dev/dossier/nlp/lexicon/";

    private final String name;
    private final List<Row> rows;

    private Tsv(String name, List<Row> rows) {
        this.name = name;
        this.rows = List.copyOf(rows);
    }

    /** Reads {@code BASE + file}; a missing resource is a packaging error and fails fast. */
    public static Tsv resource(String file) {
        return classpath(BASE + file);
    }

    /**
     * Reads a resource by its absolute classpath name. (A name with ".." works from a folder of
     * classes but not from a jar, where resource names are never normalised.)
     */
    public static Tsv classpath(String absoluteName) {
        String file = absoluteName.substring(absoluteName.lastIndexOf('/') + 1);
        InputStream in = Tsv.class.getResourceAsStream(absoluteName);
        if (in == null) {
            throw new IllegalStateException("lexicon resource missing: " + absoluteName);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(file, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static Tsv parse(String name, List<String> lines) {
        Map<String, Integer> header = null;
        List<Row> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    header.put(cells[i].trim(), i);
                }
            } else {
                rows.add(new Row(name, lineNumber, header, cells));
            }
        }
        return new Tsv(name, rows);
    }

    public String name() {
        return name;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One row; cells are trimmed. */
    public record Row(String file, int line, Map<String, Integer> header, String[] cells) {
        public String get(String column) {
            Integer index = header.get(column);
            if (index == null) {
                throw new IllegalArgumentException(file + ": no column '" + column + "'");
            }
            return index < cells.length ? cells[index].trim() : "";
        }

        /** A cell holding a {@code |}-separated list. */
        public List<String> list(String column) {
            String cell = get(column);
            if (cell.isEmpty()) {
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (String part : cell.split("\\|")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
            return values;
        }
    }
}
