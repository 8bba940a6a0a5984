package dev.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {
    @Test
    void slicesCarryAboutEqualWorkWithArchivesSpreadOut() {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            files.add(new InputFile("file:/c/text/" + i + ".txt", "text/" + i + ".txt", 1_200));
        }
        for (int i = 0; i < 5; i++) {
            files.add(new InputFile("file:/c/warc/" + i + ".warc.gz", "warc/" + i + ".warc.gz", 50_000));
        }
        List<List<InputFile>> slices = InputListing.balanced(files, 8);
        assertEquals(8, slices.size());
        assertEquals(files.size(), slices.stream().mapToInt(List::size).sum(), "every file once");
        assertEquals(files.stream().map(InputFile::source).sorted().toList(),
                slices.stream().flatMap(List::stream).map(InputFile::source).sorted().toList());
        long[] loads = slices.stream().mapToLong(s -> s.stream().mapToLong(InputFile::weight).sum()).toArray();
        long max = java.util.Arrays.stream(loads).max().orElseThrow();
        long min = java.util.Arrays.stream(loads).min().orElseThrow();
        assertTrue(max <= 2 * min, "loads within a factor of two: " + java.util.Arrays.toString(loads));
        assertEquals(1, slices.stream().mapToLong(s -> s.stream().filter(f -> f.source().endsWith(".gz")).count())
                .max().orElseThrow(), "no slice gets two archives while others get none");
        assertEquals(slices, InputListing.balanced(files, 8), "the same files give the same slices");
    }

    @Test
    void fewerFilesThanSlicesGiveOneSliceEachAndNoneGiveNone() {
        List<InputFile> two = List.of(new InputFile("file:/a.txt", "a.txt", 10), new InputFile("file:/b.txt", "b.txt", 0));
        assertEquals(2, InputListing.balanced(two, 8).size());
        assertTrue(InputListing.balanced(List.of(), 8).isEmpty());
    }

    @Test
    void listsFoldersRecursivelyWithoutHiddenFilesAndWithSizes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("a/b/one.txt"), "one");
        Files.writeString(dir.resolve("two.txt"), "second");
        Files.writeString(dir.resolve(".hidden.txt"), "no");
        Files.writeString(dir.resolve(".git/config"), "no");
        List<InputFile> files = InputListing.list(List.of(dir.toString()), new Configuration());
        files = files.stream().sorted(Comparator.comparing(InputFile::source)).toList();
        assertEquals(List.of("a/b/one.txt", "two.txt"), files.stream().map(InputFile::source).toList());
        assertEquals(List.of(3L, 6L), files.stream().map(InputFile::bytes).toList());
    }
}
