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

    /** Articles in a row about one deal in an archive corpus. */
    static final int RUN = 25;
    /** The archive's last articles, follow-ups on its first deals. */
    static final int FOLLOW_UPS = 30;
    /** The deals the follow-ups report on: those of the archive's first 100 articles. */
    static final int FIRST_DEALS = 100 / RUN;
    /** The share of an archive's articles that reprint the article before them (a wire copy). */
    private static final double REPRINTS = 0.1;

    private final long seed;
    private final Map<String, List<String[]>> vocabulary;
    /** The archive's size, 0 for a corpus of independent articles. */
    private final int archived;
    /** The systems of the archive's deals, in a seeded order (deal k has the k-th, modulo their number). */
    private final List<String[]> dealSystems;

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
        this(seed, everySystem, 0);
    }

    private NewsCorpus(long seed, boolean everySystem, int archived) {
        this.seed = seed;
        this.vocabulary = load();
        if (everySystem) {
            vocabulary.put("system", lexiconSystems(vocabulary.get("noun")));
        }
        this.archived = archived;
        List<String[]> systems = new ArrayList<>(vocabulary.get("system"));
        java.util.Collections.shuffle(systems, new java.util.Random(seed));
        this.dealSystems = List.copyOf(systems);
    }

    /**
     * A news archive of {@code articles} about many deals, each told by several outlets: articles
     * come in runs of {@value #RUN} about one deal (a weapon system of the lexicon, a supplier, a
     * recipient, the number, value and date the run's articles all give), so that a larger archive
     * covers more deals, not more articles per deal. Each article tells the deal in a few of the
     * frames and mixes in sentences of local detail, so that reports of one deal share their facts
     * but are not copies; one in ten reprints the article before it in the run (a wire copy, under
     * another outlet). The last {@value #FOLLOW_UPS} are follow-ups on the deals of the first 100
     * articles: news about known deals of the same size in any prefix of 100 articles or more,
     * what {@code StoreAddBench} adds to stores of growing size. The deals' systems are the
     * lexicon's designations in a seeded order, so up to about 470 deals (11,750 articles) no two
     * deals share one. Suppliers are drawn regardless of who makes the system, as in the other corpora.
     */
    public static NewsCorpus archive(long seed, int articles) {
        if (articles < 100 + FOLLOW_UPS) {
            throw new IllegalArgumentException("an archive needs at least " + (100 + FOLLOW_UPS) + " articles");
        }
        return new NewsCorpus(seed, true, articles);
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

    /** One article: a headline, a blank line and 6–12 sentences in 2–4 paragraphs (an archive's: 11–18). */
    public Article article(int index) {
        if (archived > 0) {
            return archived(index);
        }
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

    private Article archived(int index) {
        int deal = dealOf(index);
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        String outlet = pick(random, "outlet")[0];
        if (index > 0 && dealOf(index - 1) == deal && random.nextDouble() < REPRINTS) {
            Article original = archived(index - 1);
            return new Article(String.format(Locale.ROOT, "a%07d", index), original.headline(), original.body(), outlet);
        }
        Map<String, String> slots = slots(new SplittableRandom(seed * 7_919L + deal));
        slots.put("system", systemOf(index));
        slots.put("outlet", outlet);
        slots.put("official", pick(random, "official")[0]);
        List<String> sentences = new ArrayList<>();
        List<String[]> frames = new ArrayList<>(vocabulary.get("frame"));
        for (int f = 2 + random.nextInt(2); f > 0; f--) {
            sentences.add(fill(slots, frames.remove(random.nextInt(frames.size()))[0]));
        }
        for (int f = random.nextInt(2); f > 0; f--) {
            sentences.add(fill(slots, pick(random, "filler")[0]));
        }
        for (int d = 9 + random.nextInt(6); d > 0; d--) {
            sentences.add(fill(slots, pick(random, "opener")[0] + ", " + pick(random, "subject")[0] + " " + name(random)
                    + " of " + name(random) + " " + pick(random, "verb")[0] + " the " + name(random) + " "
                    + pick(random, "thing")[0] + "."));
        }
        for (int s = sentences.size() - 1; s > 0; s--) {
            java.util.Collections.swap(sentences, s, random.nextInt(s + 1));
        }
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < sentences.size(); s++) {
            body.append(s == 0 ? "" : random.nextInt(3) == 0 ? "\n\n" : " ").append(sentences.get(s));
        }
        return new Article(String.format(Locale.ROOT, "a%07d", index), fill(slots, pick(random, "headline")[0]),
                body.toString(), outlet);
    }

    /** A made-up name of two syllables ("Varnek"). */
    private String name(SplittableRandom random) {
        String name = pick(random, "syllable")[0] + pick(random, "syllable")[0];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The weapon system (with its noun) of the deal an archive's article reports on. */
    String systemOf(int index) {
        return dealSystems.get(dealOf(index) % dealSystems.size())[0];
    }

    /** The deal an archive's article reports on. */
    private int dealOf(int index) {
        return index < archived - FOLLOW_UPS ? index / RUN : index % FIRST_DEALS;
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
