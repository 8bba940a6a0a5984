package dev.dossier.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

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
            files.add(new InputFile(match.getPath().toString(), match.getPath().getName()));
            return;
        }
        String root = match.getPath().toUri().getPath();
        RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
        while (walk.hasNext()) {
            LocatedFileStatus file = walk.next();
            String relative = file.getPath().toUri().getPath().substring(root.length()).replaceFirst("^/+", "");
            if (!hidden(relative)) {
                files.add(new InputFile(file.getPath().toString(), relative));
            }
        }
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
