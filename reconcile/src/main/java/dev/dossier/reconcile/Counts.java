package dev.dossier.reconcile;

import dev.dossier.model.Quantity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * When two reported quantities of one deal count the same thing ({@code unit-kinds.tsv}): "24
 * fighters" and "24 aircraft" are one count and "6 jets" contradicts "42 aircraft", while "6
 * battalions" and "2 regiment sets" count different groupings, so neither backs nor disputes
 * the other.
 */
final class Counts {
    private static final String ANY = "*";
    private final Map<String, String> kinds;

    Counts() {
        this.kinds = load();
    }

    /** One count: the same number of the same kind of thing; the test for one side of a slot. */
    boolean same(Quantity a, Quantity b) {
        return comparable(a.unit(), b.unit()) && a.amount() == b.amount();
    }

    /** Counts of different kinds of things never contradict each other. */
    boolean compatible(Quantity a, Quantity b) {
        return !comparable(a.unit(), b.unit()) || a.amount() == b.amount();
    }

    boolean comparable(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String ka = kinds.get(a);
        String kb = kinds.get(b);
        return ka != null && kb != null && (ka.equals(kb) || ka.equals(ANY) || kb.equals(ANY));
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Counts.class.getResourceAsStream("unit-kinds.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource unit-kinds.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                boolean header = cells.length >= 2 && cells[0].equals("unit") && cells[1].equals("kind");
                if (!line.startsWith("#") && cells.length >= 2 && !header) {
                    out.put(cells[0].strip(), cells[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read unit-kinds.tsv", e);
        }
        return Map.copyOf(out);
    }
}
