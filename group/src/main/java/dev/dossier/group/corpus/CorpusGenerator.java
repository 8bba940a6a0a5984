package dev.dossier.group.corpus;

import dev.dossier.group.fingerprint.Hashing;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates a corpus deterministically from a seed. Documents come in blocks of
 * {@value #BLOCK}, one block per event: several articles about the event (hard negatives to one
 * another: they share quotes, names and a background sentence) and planted copies of some of
 * them. Document {@code i} depends only on the seed and {@code i}; its id is an opaque hash, so
 * sorting by id shuffles the generation order. Thread-safe.
 */
public final class CorpusGenerator {
    static final int BLOCK = 8;

    private final long seed;
    private final Vocabulary vocabulary;
    private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.vocabulary = new Vocabulary(12_000, seed);
    }

    /** Documents {@code 0 .. count-1}, generated lazily. */
    public Stream<GeneratedDocument> documents(int count) {
        return IntStream.range(0, count).mapToObj(this::document);
    }

    public List<GeneratedDocument> list(int count) {
        return documents(count).toList();
    }

    public GeneratedDocument document(int index) {
        long event = index / BLOCK;
        int[] slot = layout(event)[index % BLOCK];
        Recent recent = this.recent.get();
        List<String> paragraphs = recent.article(event, slot[0]);
        boolean copy = slot[1] > 0;
        if (copy) {
            paragraphs = new CopyEditor(vocabulary, recent.event, random(event, slot[0], slot[1])).edit(paragraphs);
        }
        long family = event * BLOCK + slot[0];
        return new GeneratedDocument(id(index), String.join("\n\n", paragraphs), family, event,
                copy ? GeneratedDocument.Role.COPY : GeneratedDocument.Role.ORIGINAL);
    }

    /** The family of document {@code index} (see {@link GeneratedDocument#family()}), without writing it. */
    public long family(int index) {
        long event = index / BLOCK;
        return event * BLOCK + layout(event)[index % BLOCK][0];
    }

    /** The opaque id of document {@code index}. */
    public String id(int index) {
        return "g" + HexFormat.of().toHexDigits(Hashing.mix(seed ^ Hashing.mix(index + 0x1234_5678L)));
    }

    /** For each slot of an event's block: {article number, copy number (0 for the original)}. */
    int[][] layout(long event) {
        SplittableRandom random = random(event, -2, -2);
        int[][] slots = new int[BLOCK][];
        int article = 0;
        int filled = 0;
        while (filled < BLOCK) {
            int copies = pick(random, new double[] {0.45, 0.25, 0.2, 0.1});
            for (int c = 0; c <= copies && filled < BLOCK; c++) {
                slots[filled++] = new int[] {article, c};
            }
            article++;
        }
        return slots;
    }

    static int pick(SplittableRandom random, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private SplittableRandom random(long event, int article, int copy) {
        long h = Hashing.combine(Hashing.combine(Hashing.combine(seed, event), article), copy);
        return new SplittableRandom(h);
    }

    /**
     * The event and article a thread wrote last: documents of one block are usually generated one
     * after another, and copies start from their original's text. A cache only: the output is the
     * same without it.
     */
    private final class Recent {
        long eventIndex = -1;
        Event event;
        int articleIndex = -1;
        List<String> paragraphs;

        List<String> article(long eventIndex, int articleIndex) {
            if (this.eventIndex != eventIndex) {
                this.eventIndex = eventIndex;
                this.event = new Event(vocabulary, random(eventIndex, -1, -1));
                this.articleIndex = -1;
            }
            if (this.articleIndex != articleIndex) {
                this.articleIndex = articleIndex;
                this.paragraphs = List.copyOf(new Article(vocabulary, event, random(eventIndex, articleIndex, -1)).paragraphs());
            }
            return paragraphs;
        }
    }

    /** What the articles about one event have in common: names, places, numbers, quotes, background. */
    static final class Event {
        final String[] people = new String[3];
        final String[] countries;
        final String place;
        final String system;
        final List<String> quotes = new ArrayList<>();
        final List<String> background = new ArrayList<>();

        Event(Vocabulary vocabulary, SplittableRandom random) {
            for (int i = 0; i < people.length; i++) {
                people[i] = Vocabulary.capitalised(Vocabulary.word(random, 2)) + " "
                        + Vocabulary.capitalised(Vocabulary.word(random, 3));
            }
            countries = new String[] {country(random), country(random)};
            place = Vocabulary.capitalised(Vocabulary.word(random, 3));
            system = Vocabulary.word(random, 1).toUpperCase(java.util.Locale.ROOT) + "-" + (10 + random.nextInt(990));
            Article.Writer writer = new Article.Writer(vocabulary, this, random, false);
            for (int i = 0; i < 3; i++) {
                quotes.add(writer.sentence(15 + random.nextInt(14), false));
                background.add(writer.sentence(14 + random.nextInt(10), true));
            }
        }

        /** A country in its first written form. */
        private static String country(SplittableRandom random) {
            return Variants.COUNTRIES[random.nextInt(Variants.COUNTRIES.length)][0];
        }
    }
}
