package dev.dossier.ingest;

import dev.dossier.model.RawDocument;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The files of one input folder, sorted by relative path. Listing problems cost only the entry
 * that has them: an unreadable subfolder, a broken link, a link loop or a link out of the input
 * becomes a failed or skipped document named by its relative path, and the walk goes on with
 * its siblings. The walk keeps its own stack, so a very deep tree cannot overflow the thread's.
 */
final class FolderListing {
    /**
     * One entry of the listing: a file to read (its path and the source name it gets, its path
     * relative to the input) or a listing problem already turned into a document.
     */
    record Entry(String source, Optional<Path> file, Optional<RawDocument> problem) {
        static Entry file(Path file, String source) {
            return new Entry(source, Optional.of(file), Optional.empty());
        }

        static Entry problem(RawDocument problem) {
            return new Entry(problem.source(), Optional.empty(), Optional.of(problem));
        }
    }

    private final Path root;
    private final Path realRoot;
    private final Links links;
    private final Set<Path> visitedFolders = new HashSet<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Consumer<RawDocument> problems = problem -> entries.add(Entry.problem(problem));

    private FolderListing(Path root, Path realRoot, Links links) {
        this.root = root;
        this.realRoot = realRoot;
        this.links = links;
    }

    /** Lists {@code folder}, its files and its listing problems in the order of their relative paths. */
    static List<Entry> list(Path folder, Links links) {
        Path realRoot;
        try {
            realRoot = folder.toRealPath();
        } catch (IOException | SecurityException e) {
            return List.of(Entry.problem(Problems.failed(display(folder), "cannot open folder: " + reason(e))));
        }
        FolderListing listing = new FolderListing(folder, realRoot, links);
        listing.walk();
        listing.entries.sort((a, b) -> a.source().compareTo(b.source()));
        return List.copyOf(listing.entries);
    }

    private void walk() {
        Deque<Path> folders = new ArrayDeque<>();
        visitedFolders.add(realRoot);
        folders.push(root);
        while (!folders.isEmpty()) {
            Path folder = folders.pop();
            for (Path child : children(folder)) {
                visit(child, folders);
            }
        }
    }

    private List<Path> children(Path folder) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path child : stream) {
                if (!child.getFileName().toString().startsWith(".")) {
                    children.add(child);
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            problems.accept(Problems.failed(source(folder) + "/", "cannot list folder: " + reason(e)));
        }
        return children;
    }

    private void visit(Path path, Deque<Path> folders) {
        String source = source(path);
        Path target = path;
        if (Files.isSymbolicLink(path)) {
            try {
                target = path.toRealPath();
            } catch (IOException | SecurityException e) {
                problems.accept(Problems.skipped(source, "broken symbolic link: " + reason(e)));
                return;
            }
            if (links == Links.INSIDE_INPUT && !target.startsWith(realRoot)) {
                problems.accept(Problems.skipped(source, "symbolic link to a file outside the input (" + target
                        + "); not followed"));
                return;
            }
        }
        if (Files.isDirectory(target)) {
            enter(path, target, source, folders);
        } else if (Files.isRegularFile(target)) {
            entries.add(Entry.file(path, source));
        } else if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            problems.accept(Problems.failed(source, "vanished while the folder was listed"));
        } else {
            problems.accept(Problems.skipped(source, "not a regular file (device, pipe or socket)"));
        }
    }

    private void enter(Path path, Path target, String source, Deque<Path> folders) {
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException | SecurityException e) {
            problems.accept(Problems.failed(source + "/", "cannot open folder: " + reason(e)));
            return;
        }
        if (!visitedFolders.add(real)) {
            problems.accept(Problems.skipped(source + "/", "folder already read through another path (a link loop)"));
            return;
        }
        folders.push(path);
    }

    private String source(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static String display(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof DirectoryIteratorException d ? d.getCause() : e;
        String kind = cause.getClass().getSimpleName().replace("Exception", "");
        String message = cause.getMessage();
        return message == null ? kind : kind + " (" + message + ")";
    }
}
