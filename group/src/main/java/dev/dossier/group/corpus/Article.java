package dev.dossier.group.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** One generated article about an event: paragraphs of invented prose with the event's names and quotes. */
final class Article {
    private static final String[] AGENCIES = {"Reuters", "AP", "AFP"};

    private final CorpusGenerator.Event event;
    private final SplittableRandom random;
    private final Writer writer;

    Article(Vocabulary vocabulary, CorpusGenerator.Event event, SplittableRandom random) {
        this.event = event;
        this.random = random;
        this.writer = new Writer(vocabulary, event, random, random.nextBoolean());
    }

    List<String> paragraphs() {
        int count = 6 + random.nextInt(7);
        List<String> paragraphs = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            paragraphs.add(paragraph(2 + random.nextInt(3)));
        }
        if (random.nextDouble() < 0.3) {
            String agency = AGENCIES[random.nextInt(AGENCIES.length)];
            paragraphs.set(0, event.place.toUpperCase(java.util.Locale.ROOT) + " (" + agency + ") - " + paragraphs.get(0));
        }
        int quotes = 1 + random.nextInt(2);
        for (int q = 0; q < quotes; q++) {
            String quote = event.quotes.get(random.nextInt(event.quotes.size()));
            String speaker = event.people[random.nextInt(event.people.length)];
            int at = 1 + random.nextInt(count - 1);
            paragraphs.set(at, "\u201C" + quote + ",\u201D said " + speaker + ". " + paragraphs.get(at));
        }
        if (random.nextDouble() < 0.6) {
            int at = 1 + random.nextInt(count - 1);
            paragraphs.set(at, paragraphs.get(at) + " " + event.background.get(random.nextInt(3)) + ".");
        }
        return paragraphs;
    }

    private String paragraph(int sentences) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                b.append(' ');
            }
            b.append(writer.sentence(10 + random.nextInt(15), true)).append('.');
        }
        return b.toString();
    }

    /** Writes sentences: function words, Zipf content words, the event's names, variant spellings, numbers. */
    static final class Writer {
        private final Vocabulary vocabulary;
        private final CorpusGenerator.Event event;
        private final SplittableRandom random;
        private final int spelling;

        Writer(Vocabulary vocabulary, CorpusGenerator.Event event, SplittableRandom random, boolean british) {
            this.vocabulary = vocabulary;
            this.event = event;
            this.random = random;
            this.spelling = british ? 0 : 1;
        }

        /** A sentence of about {@code words} words, without its final full stop. */
        String sentence(int words, boolean capitaliseFirst) {
            StringBuilder b = new StringBuilder(words * 9);
            for (int w = 0; w < words; w++) {
                String token = token();
                if (w == 0 && capitaliseFirst) {
                    token = Vocabulary.capitalised(token);
                }
                b.append(w == 0 ? "" : " ").append(token);
            }
            return b.toString();
        }

        private String token() {
            double r = random.nextDouble();
            if (r < 0.42) {
                return Vocabulary.function(random);
            } else if (r < 0.85) {
                return vocabulary.content(random);
            } else if (r < 0.93) {
                return name();
            } else if (r < 0.96) {
                return Variants.SPELLING[random.nextInt(Variants.SPELLING.length)][spelling];
            }
            return random.nextBoolean() ? Integer.toString(1990 + random.nextInt(40)) : Integer.toString(random.nextInt(5000));
        }

        private String name() {
            return switch (random.nextInt(5)) {
                case 0 -> event.people[random.nextInt(event.people.length)];
                case 1 -> surname(event.people[random.nextInt(event.people.length)]);
                case 2 -> event.countries[random.nextInt(event.countries.length)];
                case 3 -> event.place;
                default -> event.system;
            };
        }

        static String surname(String person) {
            return person.substring(person.indexOf(' ') + 1);
        }
    }
}
