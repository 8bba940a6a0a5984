package dev.dossier.spark.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded generator of news-like articles about arms transfers, for load: the same seed and
 * index always give the same article. The vocabulary and sentence frames are a resource file.
 */
public final class NewsCorpus {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private final long seed;
    private final Map<String, List<String[]>> vocabulary;

    public NewsCorpus(long seed) {
        this(seed, false);
    }

    /**
     * With {@code everySystem}, an article's weapon system is drawn from every designation of the
     * project's weapon lexicon (some 470, each with a noun for its category: "Leopard 2 tanks")
     * instead of the vocabulary's fourteen, so that a larger corpus covers more deals rather than
     * more articles about the same ones, as a growing news archive does.
     */
    public NewsCorpus(long seed, boolean everySystem) {
        this.seed = seed;
        this.vocabulary = load();
        if (everySystem) {
            vocabulary.put("system", lexiconSystems(vocabulary.get("noun")));
        }
    }

    /** Each weapon of the lexicon with the noun its category takes ("noun" rows; "systems" for a category without one). */
    private static List<String[]> lexiconSystems(List<String[]> nouns) {
        Map<String, String> nounOf = new HashMap<>();
        nouns.forEach(n -> nounOf.put(n[0], n[1]));
        List<String[]> systems = new ArrayList<>();
        try (InputStream in = NewsCorpus.class.getResourceAsStream("/dev/dossier/nlp/lexicon/weapons.tsv")) {
            if (in == null) {
                throw new IllegalStateException("the weapon lexicon is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // the header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || fields.length < 2 || fields[0].equals("name")) {
                    continue;
                }
                systems.add(new String[] {fields[0] + " " + nounOf.getOrDefault(fields[1], "systems"), fields[1]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the weapon lexicon", e);
        }
        return systems;
    }

    /** One article: a headline, a blank line and 6–12 sentences in 2–4 paragraphs. */
    public Article article(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        Map<String, String> slots = slots(random);
        String headline = fill(slots, "{recipient} and {supplier} in deal for {system}");
        StringBuilder body = new StringBuilder();
        int sentences = 6 + random.nextInt(7);
        for (int s = 0; s < sentences; s++) {
            boolean frame = random.nextInt(3) > 0;
            String text = fill(slots, pick(random, frame ? "frame" : "filler")[0]);
            body.append(s == 0 ? "" : random.nextInt(3) == 0 ? "\n\n" : " ").append(text);
        }
        return new Article(String.format(Locale.ROOT, "a%07d", index), headline, body.toString(),
                slots.get("outlet"));
    }

    private Map<String, String> slots(SplittableRandom random) {
        Map<String, String> slots = new HashMap<>();
        slots.put("supplier", pick(random, "supplier")[0]);
        slots.put("recipient", pick(random, "recipient")[0]);
        slots.put("system", pick(random, "system")[0]);
        slots.put("outlet", pick(random, "outlet")[0]);
        slots.put("official", pick(random, "official")[0]);
        slots.put("count", Integer.toString(2 + random.nextInt(200)));
        slots.put("value", String.format(Locale.ROOT, "%.1f", 0.2 + random.nextInt(80) / 10.0));
        slots.put("month", MONTHS[random.nextInt(12)]);
        slots.put("year", Integer.toString(2005 + random.nextInt(20)));
        return slots;
    }

    private String[] pick(SplittableRandom random, String kind) {
        List<String[]> options = vocabulary.get(kind);
        return options.get(random.nextInt(options.size()));
    }

    private static String fill(Map<String, String> slots, String frame) {
        String text = frame;
        for (Map.Entry<String, String> slot : slots.entrySet()) {
            text = text.replace("{" + slot.getKey() + "}", slot.getValue());
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Map<String, List<String[]>> load() {
        Map<String, List<String[]>> vocabulary = new HashMap<>();
        try (InputStream in = NewsCorpus.class.getResourceAsStream("corpus.tsv")) {
            if (in == null) {
                throw new IllegalStateException("corpus.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    vocabulary.computeIfAbsent(fields[0], k -> new ArrayList<>())
                            .add(java.util.Arrays.copyOfRange(fields, 1, fields.length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus.tsv", e);
        }
        return vocabulary;
    }

    /** A generated article. */
    public record Article(String id, String headline, String body, String outlet) {
        /** As a plain-text file with front matter. */
        public String asText() {
            return "---\ntitle: " + headline + "\noutlet: " + outlet + "\n---\n" + headline + "\n\n" + body + "\n";
        }

        /** As a small HTML page. */
        public String asHtml() {
            StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                    .append("<title>").append(headline).append("</title><meta property=\"og:site_name\" content=\"")
                    .append(outlet).append("\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>")
                    .append("</nav><article><h1>").append(headline).append("</h1>");
            for (String paragraph : body.split("\n\n")) {
                html.append("<p>").append(paragraph).append("</p>");
            }
            return html.append("</article><footer>Subscribe to our newsletter.</footer></body></html>").toString();
        }
    }
}
