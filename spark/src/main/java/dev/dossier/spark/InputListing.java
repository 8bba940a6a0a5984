package dev.dossier.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the files behind input arguments on any Hadoop file system: a file, a folder (read
 * recursively, hidden files left out as the single-machine reader does) or a glob. Sources are
 * relative to the folder argument, or the file name for a file argument.
 */
final class InputListing {
    private InputListing() {}

    static List<InputFile> list(List<String> inputs, Configuration conf) {
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("input not found: " + input);
                }
                for (FileStatus match : matches) {
                    addMatch(fs, match, files);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        files.sort(Comparator.comparing(InputFile::source).thenComparing(InputFile::uri));
        return files;
    }

    private static void addMatch(FileSystem fs, FileStatus match, List<InputFile> files) throws IOException {
        if (!match.isDirectory()) {
            files.add(new InputFile(match.getPath().toString(), match.getPath().getName(), match.getLen()));
            return;
        }
        walk(fs, match.getPath(), match.getPath().toUri().getPath(), files);
    }

    /**
     * Plain statuses, folder by folder: {@code listFiles} would ask the local file system for each
     * file's permissions, which Hadoop does by running {@code ls} once per file.
     */
    private static void walk(FileSystem fs, Path folder, String root, List<InputFile> files) throws IOException {
        for (FileStatus entry : fs.listStatus(folder)) {
            String relative = entry.getPath().toUri().getPath().substring(root.length()).replaceFirst("^/+", "");
            if (hidden(relative)) {
                continue;
            }
            if (entry.isDirectory()) {
                walk(fs, entry.getPath(), root, files);
            } else {
                files.add(new InputFile(entry.getPath().toString(), relative, entry.getLen()));
            }
        }
    }

    /**
     * The files shared out into {@code slices} slices of about equal work (largest first, each to
     * the lightest slice), so one slice of archives does not outlast many slices of small files.
     * Which slice a file lands in cannot change the result: the job orders results by source.
     */
    static List<List<InputFile>> balanced(List<InputFile> files, int slices) {
        int n = Math.max(1, Math.min(slices, files.size()));
        List<List<InputFile>> out = new ArrayList<>();
        long[] load = new long[n];
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        List<InputFile> heaviest = new ArrayList<>(files);
        heaviest.sort(Comparator.comparingLong(InputFile::weight).reversed().thenComparing(InputFile::source));
        for (InputFile file : heaviest) {
            int lightest = 0;
            for (int i = 1; i < n; i++) {
                if (load[i] < load[lightest]) {
                    lightest = i;
                }
            }
            out.get(lightest).add(file);
            load[lightest] += Math.max(1, file.weight());
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
