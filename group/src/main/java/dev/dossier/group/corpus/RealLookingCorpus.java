package dev.dossier.group.corpus;

import dev.dossier.group.fingerprint.Hashing;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A real-looking scale corpus made from a few real-looking articles (the project's
 * {@code examples/}, or any folder of text articles with optional front matter): each generated
 * document is either a <b>variant</b> of one source article (lead kept first, the other paragraphs
 * shuffled and about one in ten dropped, about half of its names and numbers changed, years and
 * the publication date moved) or, with probability {@code copyShare}, a <b>planted copy</b> of a
 * recent variant (another outlet's front matter, the tail dropped, about one word in a hundred
 * changed). The truth is the source article: a document's true story is its source's variants
 * and their copies, so the largest true story is known. Document {@code i} depends only on the
 * sources, the seed and {@code i}. Thread-safe.
 */
public final class RealLookingCorpus {
    /** A planted copy is made from one of this many documents before it. */
    private static final int COPY_WINDOW = 30;

    public enum Role { VARIANT, COPY }

    /**
     * One generated document: its file name, its text, the source article it comes from, and for
     * a copy the file it copies.
     */
    public record Item(String file, String text, String source, Role role, Optional<String> copyOf) {
        public Item {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(copyOf, "copyOf");
        }
    }

    /** What {@link #write} wrote: documents per source article (sorted by source name), and the copies among them. */
    public record Summary(int documents, int copies, TreeMap<String, Integer> perSource) {
        public int largestTrueStory() {
            return perSource.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    private final List<SourceArticle> sources;
    private final long seed;
    private final double copyShare;
    private final Set<String> commonWords;

    public RealLookingCorpus(List<SourceArticle> sources, long seed, double copyShare) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("sources: at least one article with two paragraphs is needed");
        }
        if (!(copyShare >= 0 && copyShare < 1)) {
            throw new IllegalArgumentException("copyShare must be in [0, 1): " + copyShare);
        }
        this.sources = List.copyOf(sources);
        this.seed = seed;
        this.copyShare = copyShare;
        this.commonWords = commonWords(this.sources);
    }

    /** Document {@code index}. */
    public Item document(int index) {
        int source = copySource(index);
        Item variant = variant(source);
        if (source == index) {
            return variant;
        }
        SourceArticle copied = new CopyEdit(random(index, 2)).edit(SourceArticle.parse(variant.file(), variant.text()));
        return new Item(file(index), copied.text(), variant.source(), Role.COPY, Optional.of(variant.file()));
    }

    /**
     * Writes documents {@code 0 .. count-1} as {@code DIR/articles/g000000.txt …} and the truth as
     * {@code DIR/truth.tsv} (file, source article, role, copied file), one document at a time.
     */
    public Summary write(Path dir, int count) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        TreeMap<String, Integer> perSource = new TreeMap<>();
        int copies = 0;
        try (BufferedWriter truth = Files.newBufferedWriter(dir.resolve("truth.tsv"), StandardCharsets.UTF_8)) {
            truth.write("# file\tsource\trole\tcopy_of\n");
            for (int i = 0; i < count; i++) {
                Item item = document(i);
                Files.writeString(articles.resolve(item.file()), item.text(), StandardCharsets.UTF_8);
                truth.write(String.join("\t", item.file(), item.source(), item.role().name().toLowerCase(Locale.ROOT),
                        item.copyOf().orElse("")) + "\n");
                perSource.merge(item.source(), 1, Integer::sum);
                copies += item.role() == Role.COPY ? 1 : 0;
            }
        }
        return new Summary(count, copies, perSource);
    }

    /** The variant document {@code index} is (itself, or the earlier variant it is a planted copy of). */
    private int copySource(int index) {
        int i = index;
        while (i > 0 && random(i, 0).nextDouble() < copyShare) {
            i = Math.max(0, i - 1 - random(i, 1).nextInt(Math.min(i, COPY_WINDOW)));
        }
        return i;
    }

    private Item variant(int index) {
        SplittableRandom random = random(index, 3);
        SourceArticle source = sources.get(random.nextInt(sources.size()));
        Renamer renamer = new Renamer(commonWords, random, 0.5, random.nextInt(7) - 3);
        List<String> body = prose(source.paragraphs(), random);
        body.replaceAll(renamer::rewrite);
        List<String> header = source.header().stream().map(line -> headerLine(line, index, renamer, random)).toList();
        return new Item(file(index), new SourceArticle(file(index), header, body).text(), source.name(),
                Role.VARIANT, Optional.empty());
    }

    /**
     * The paragraphs with the prose after the lead shuffled and about one in ten of it dropped; page
     * furniture (a block of short lines: menus, share buttons, a newsletter box) keeps its place.
     */
    private static List<String> prose(List<String> paragraphs, SplittableRandom random) {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!paragraphs.get(i).contains("\n")) {
                slots.add(i);
            }
        }
        List<String> out = new ArrayList<>(paragraphs);
        if (slots.size() < 3) {
            return out;
        }
        List<String> moved = new ArrayList<>();
        slots.subList(1, slots.size()).forEach(i -> moved.add(paragraphs.get(i)));
        shuffle(moved, random);
        for (int k = 1; k < slots.size(); k++) {
            out.set(slots.get(k), moved.get(k - 1));
        }
        List<Integer> dropped = slots.subList(1, slots.size()).stream().filter(i -> random.nextDouble() < 0.1).toList();
        for (int k = dropped.size() - 1; k >= 0 && out.size() > 3; k--) {
            out.remove((int) dropped.get(k));
        }
        return out;
    }

    private String headerLine(String line, int index, Renamer renamer, SplittableRandom random) {
        int colon = line.indexOf(':');
        String key = colon > 0 ? line.substring(0, colon).strip() : "";
        String value = colon > 0 ? line.substring(colon + 1).strip() : line;
        return switch (key) {
            case "url" -> "url: https://news.generated.example/" + file(index).replace(".txt", "");
            case "published", "date" -> key + ": " + date(value, renamer.yearShift(), random);
            case "author" -> "author: " + Vocabulary.capitalised(Vocabulary.word(random, 2)) + " "
                    + Vocabulary.capitalised(Vocabulary.word(random, 3));
            case "" -> renamer.rewrite(line);
            default -> key + ": " + renamer.rewrite(value);
        };
    }

    private static String date(String value, int yearShift, SplittableRandom random) {
        try {
            return LocalDate.parse(value.substring(0, Math.min(10, value.length())))
                    .plusYears(yearShift).plusDays(random.nextInt(121) - 60).toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            java.util.Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    private static String file(int index) {
        return String.format(Locale.ROOT, "g%06d.txt", index);
    }

    private SplittableRandom random(int index, int purpose) {
        return new SplittableRandom(Hashing.combine(Hashing.combine(seed, index), purpose));
    }

    /** Words the sources write in lower case somewhere: a capitalised one is a sentence start or a title, not a name. */
    private static Set<String> commonWords(List<SourceArticle> sources) {
        Set<String> words = new HashSet<>();
        for (SourceArticle a : sources) {
            for (String p : a.paragraphs()) {
                for (String w : p.split("[^\\p{L}\\p{N}'-]+")) {
                    if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                        words.add(w);
                    }
                }
            }
        }
        return Set.copyOf(words);
    }

    /** How a planted copy differs from the variant it copies: another outlet, the tail cut, a few words changed. */
    private record CopyEdit(SplittableRandom random) {
        SourceArticle edit(SourceArticle original) {
            List<String> header = original.header().stream().map(this::headerLine).toList();
            int n = original.paragraphs().size();
            int minimum = (int) Math.ceil(n * 0.6);
            List<String> kept = new ArrayList<>(original.paragraphs().subList(0, minimum + random.nextInt(n - minimum + 1)));
            kept.replaceAll(this::editWords);
            return new SourceArticle(original.name(), header, kept);
        }

        private String headerLine(String line) {
            if (line.startsWith("outlet:")) {
                return "outlet: " + Vocabulary.capitalised(Vocabulary.word(random, 2)) + (random.nextBoolean() ? " Times" : " Herald");
            }
            return line.startsWith("url:") ? line + "-" + Long.toString(random.nextLong() & 0xffff, 16) : line;
        }

        /** About one word in a hundred swapped for another word of the same paragraph. */
        private String editWords(String paragraph) {
            String[] words = paragraph.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (random.nextDouble() < 0.01) {
                    words[i] = words[random.nextInt(words.length)];
                }
            }
            return String.join(" ", words);
        }
    }
}
