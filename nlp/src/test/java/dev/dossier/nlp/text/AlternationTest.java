package dev.dossier.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.nlp.text.Alternation.Case;
import dev.dossier.nlp.text.Alternation.Spaces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tree-shaped alternation matches exactly what the flat list, longest first, matches. */
class AlternationTest {
    /** The column names of the lexicon files that have a header line. */
    private static final Set<String> HEADERS = Set.of("form", "word", "phrase");
    private static final String SENTENCES = """
            On Monday, March 3, 2025 the ministry signed; deliveries run from Sept. 2026 to Sept 2027 (Sep. 30).
            Am Dienstag, 12. März 2024 unterzeichnete Polen; am Sonnabend und Samstag nicht. lundi 5 mai, Lundi 5 Mai 2023.
            El sábado 24 de febrero de 2022 y el Miércoles; w poniedziałek, w Poniedziałku 7 czerwca 2021 r.
            В понедельник, 15 марта 2023 года; в Пятницу. 2021年3月5日（金曜日）、本月13日に去年。 7 Ιουνίου του 2021.
            The US$3.4bn deal, €890m, ₹12,000 crore, Rs 4,500 crore, 2.5 billion dollars, 1.200 millones de euros, 25亿美元.
            a couple of years, a  couple\tof weeks, a few months, several decades, twenty-five years, KAPUTT mai MAI Mai.
            """;

    @Test
    void aSharedBeginningIsWrittenOnceAndTheShortestWordComesLast() {
        assertEquals("(?:\\QSep\\E(?:\\Qt\\E(?:\\Qember\\E|\\Q.\\E|)|\\Q.\\E))",
                Alternation.of(List.of("Sept", "Sep.", "September", "Sept."), Spaces.LITERAL, Case.SENSITIVE));
        assertEquals("(?:\\Qa\\E\\s+(?:\\Qcouple\\E(?:\\s+\\Qof\\E|)|\\Qfew\\E))",
                Alternation.of(List.of("a couple", "a few", "a couple of"), Spaces.LOOSE, Case.SENSITIVE));
    }

    @Test
    void caseVariantsStayAFlatListInTheirOrderWhenThePatternMayIgnoreCase() {
        List<String> words = List.of("lunes", "lundi", "Lundi");
        assertEquals("(?:\\QLundi\\E|\\Qlundi\\E|\\Qlunes\\E)", Alternation.of(words, Spaces.LOOSE, Case.ANY));
        assertEquals("(?:\\QLundi\\E|\\Qlun\\E(?:\\Qdi\\E|\\Qes\\E))", Alternation.of(words, Spaces.LOOSE, Case.SENSITIVE));
    }

    @Test
    void matchesAsTheFlatListDoesOnTheProjectsWordListsAndTexts() {
        List<String> texts = new ArrayList<>(List.of(SENTENCES));
        texts.addAll(examples());
        for (List<String> words : List.of(column("time/months.tsv", 0), column("time/weekdays.tsv", 0),
                column("time/numbers.tsv", 0), column("time/units.tsv", 0), column("time/references.tsv", 0),
                column("time/tense-cues.tsv", 0), column("lexicon/currencies.tsv", 0), column("lexicon/scales.tsv", 0),
                column("lexicon/approximations.tsv", 0))) {
            for (Spaces spaces : Spaces.values()) {
                for (String flags : List.of("", "(?i)", "(?iu)")) {
                    Case mode = flags.isEmpty() ? Case.SENSITIVE : Case.ANY;
                    String tree = Alternation.of(words, spaces, mode);
                    String flat = flat(words, spaces);
                    // continuations that fail after some words and not others, so the order of the tries shows
                    for (String after : List.of("", "(?!\\w)", "\\s+\\d", "[\\s,.]")) {
                        Pattern expected = Pattern.compile(flags + flat + after);
                        Pattern actual = Pattern.compile(flags + tree + after);
                        for (String text : texts) {
                            assertSameMatches(expected, actual, text);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theTreeIsShorterToTryThanTheFlatList() {
        List<String> months = column("time/months.tsv", 0);
        String tree = Alternation.of(months, Spaces.LOOSE, Case.SENSITIVE);
        // the branches at the top are the distinct first letters (in several scripts), not the 480 names
        assertTrue(topBranches(tree) < 120, () -> "top-level branches: " + topBranches(tree));
        assertTrue(topBranches(flat(months, Spaces.LOOSE)) > 400);
    }

    private static void assertSameMatches(Pattern expected, Pattern actual, String text) {
        Matcher e = expected.matcher(text);
        Matcher a = actual.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            e.region(i, text.length());
            a.region(i, text.length());
            boolean matched = e.lookingAt();
            assertEquals(matched, a.lookingAt(), () -> actual + " at " + e.regionStart());
            if (matched) {
                assertEquals(e.end(), a.end(), () -> "end at " + e.regionStart() + " of " + text);
            }
        }
    }

    /** The alternation as it was written before: every word quoted, longest first. */
    private static String flat(List<String> words, Spaces spaces) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> spaces == Spaces.LITERAL ? Pattern.quote(w)
                        : Stream.of(w.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static int topBranches(String regex) {
        int depth = 0;
        int branches = 1;
        boolean quoted = false;
        for (int i = 0; i < regex.length(); i++) {
            if (regex.startsWith("\\Q", i) || regex.startsWith("\\E", i)) {
                quoted = regex.charAt(i + 1) == 'Q';
                i++;
            } else if (!quoted && regex.charAt(i) == '(') {
                depth++;
            } else if (!quoted && regex.charAt(i) == ')') {
                depth--;
            } else if (!quoted && regex.charAt(i) == '|' && depth == 1) {
                branches++;
            }
        }
        return branches;
    }

    private static List<String> column(String resource, int column) {
        try (InputStream in = AlternationTest.class.getResourceAsStream("/dev/dossier/nlp/" + resource)) {
            Set<String> words = new LinkedHashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[column])
                    .filter(w -> !HEADERS.contains(w)).forEach(words::add);
            assertTrue(words.size() > 5, resource);
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> examples() {
        Path dir = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(6).toList()) {
                texts.add(Files.readString(file));
            }
            assertTrue(texts.size() > 5, "examples");
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
