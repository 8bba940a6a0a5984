package dev.dossier.assertion.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multinomial logistic-regression model over hashed sparse features: one weight per (feature,
 * class), stored sparsely. Immutable and thread-safe once read.
 *
 * <p>File format (UTF-8 text, gzip when the name ends in .gz): '#' comment lines; a line
 * {@code classes\tC1\tC2…}; then {@code FEATURE_ID\tW1\tW2…} lines, one weight per class
 * (the feature "bias" is an ordinary feature); an optional line {@code threshold\tP} gives the
 * probability a prediction needs before the assertion stage uses it. Feature ids are {@link Featurizer} hashes: the file
 * holds numbers only, never text.
 */
public final class LinearModel {
    /** A model whose file names no threshold never proposes. */
    public static final double NEVER = 2.0;
    private final List<String> classes;
    private final Map<Integer, float[]> weights;
    /** The same weights for lookups by id: open addressing over int keys (no boxing, no map node per lookup). */
    private final int[] ids;
    private final float[][] rows;
    /** 32 minus the bits of a slot: a slot is the top bits of the id times the golden ratio (Fibonacci hashing). */
    private final int shift;
    private final double threshold;

    LinearModel(List<String> classes, Map<Integer, float[]> weights, double threshold) {
        this.classes = List.copyOf(classes);
        this.weights = new HashMap<>(weights);
        this.threshold = threshold;
        int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 2)) * 2;
        this.ids = new int[capacity];
        this.rows = new float[capacity][];
        this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
        weights.forEach((id, row) -> {
            int slot = slot(id);
            while (rows[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            ids[slot] = id;
            rows[slot] = row;
        });
    }

    private int slot(int id) {
        return (id * 0x9E3779B9) >>> shift;
    }

    /** The weights of feature {@code id}, one per class, or null when the model has none. */
    private float[] row(int id) {
        for (int slot = slot(id); rows[slot] != null; slot = (slot + 1) & (rows.length - 1)) {
            if (ids[slot] == id) {
                return rows[slot];
            }
        }
        return null;
    }

    /** The probability a prediction needs to be used (the file's "threshold" line), or {@link #NEVER}. */
    public double threshold() {
        return threshold;
    }

    /** The same weights with another threshold. */
    public LinearModel withThreshold(double value) {
        return new LinearModel(classes, weights, value);
    }

    public List<String> classes() {
        return classes;
    }

    /** One class with its probability. */
    public record Prediction(String label, double probability) {
    }

    /** The class probabilities of a feature vector (softmax over the summed weights). */
    public double[] probabilities(int[] features) {
        double[] scores = new double[classes.size()];
        for (int f : features) {
            float[] w = row(f);
            if (w != null) {
                for (int c = 0; c < scores.length; c++) {
                    scores[c] += w[c];
                }
            }
        }
        return Softmax.of(scores);
    }

    public Prediction predict(Signals signals) {
        double[] p = probabilities(Featurizer.features(signals));
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return new Prediction(classes.get(best), p[best]);
    }

    /**
     * The word of the sentence that speaks most for {@code label} (its unigram and prefix weights):
     * where a proposed event is anchored in the sentence.
     */
    public Featurizer.Token strongestToken(String text, String label) {
        int c = classes.indexOf(label);
        Featurizer.Token best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Featurizer.Token t : Featurizer.tokens(text)) {
            double score = weight(Featurizer.unigramId(t), c) + weight(Featurizer.prefixId(t), c);
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }

    private double weight(int feature, int c) {
        float[] w = row(feature);
        return w == null || c < 0 ? 0 : w[c];
    }

    public void write(Writer out, String source) throws IOException {
        out.write("# " + source + "\n");
        out.write("# Multinomial logistic regression over hashed features (dev.dossier.assertion.learn.Featurizer).\n");
        out.write("classes\t" + String.join("\t", classes) + "\n");
        out.write(String.format(Locale.ROOT, "threshold\t%.3f%n", threshold));
        for (Map.Entry<Integer, float[]> e : new TreeMap<>(weights).entrySet()) {
            StringBuilder line = new StringBuilder().append(e.getKey());
            for (float w : e.getValue()) {
                line.append('\t').append(w == 0 ? "0" : String.format(Locale.ROOT, "%.3f", w));
            }
            out.write(line.append('\n').toString());
        }
    }

    public static LinearModel read(InputStream in, String name) throws IOException {
        InputStream raw = name.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in;
        BufferedReader reader = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
        List<String> classes = new ArrayList<>();
        Map<Integer, float[]> weights = new HashMap<>();
        double threshold = NEVER;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("classes\t")) {
                String[] cells = line.split("\t");
                classes.addAll(List.of(cells).subList(1, cells.length));
            } else if (line.startsWith("threshold\t")) {
                threshold = Double.parseDouble(line.split("\t")[1]);
            } else {
                weightLine(line, classes.size(), weights, name + ":" + number);
            }
        }
        if (classes.isEmpty()) {
            throw new IOException(name + ": no classes line");
        }
        return new LinearModel(classes, weights, threshold);
    }

    /**
     * One feature's line: its id and a weight per class. The cells are read in place, without
     * splitting the line: the shipped model has some 20,000 lines, read before any document is.
     */
    private static void weightLine(String line, int classes, Map<Integer, float[]> weights, String where)
            throws IOException {
        int idEnd = line.indexOf('\t');
        int tab = idEnd;
        float[] w = new float[classes];
        int c = 0;
        for (int start = tab + 1; tab >= 0 && c < classes; c++) {
            int end = line.indexOf('\t', start);
            w[c] = weight(line, start, end < 0 ? line.length() : end);
            tab = end;
            start = end + 1;
        }
        if (tab >= 0 || c != classes) {
            throw new IOException(where + ": expected " + (classes + 1) + " columns");
        }
        weights.put(Integer.parseInt(line, 0, idEnd, 10), w);
    }

    /**
     * The weight written in {@code line} from {@code start} to {@code end}: exactly
     * {@link Float#parseFloat}'s value. A weight as {@link #write} writes it ("-0.123", three
     * decimals) is m/1000 for an integer m, which the double division gives correctly rounded and
     * which no float lies exactly between two floats for (that would make m a multiple of 125, and
     * m/1000 then a float itself), so rounding that double to a float rounds m/1000 correctly too.
     */
    static float weight(String line, int start, int end) {
        boolean negative = start < end && line.charAt(start) == '-';
        int digits = negative ? start + 1 : start;
        int dot = end - 4;
        if (end - start > 12 || dot <= digits || line.charAt(dot) != '.') {
            return Float.parseFloat(line.substring(start, end));
        }
        long m = 0;
        for (int i = digits; i < end; i++) {
            if (i == dot) {
                continue;
            }
            char ch = line.charAt(i);
            if (ch < '0' || ch > '9') {
                return Float.parseFloat(line.substring(start, end));
            }
            m = m * 10 + (ch - '0');
        }
        float magnitude = (float) (m / 1000.0);
        return negative ? -magnitude : magnitude;
    }
}
