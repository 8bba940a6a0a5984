package dev.dossier.group.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A text article the real-looking corpus is generated from: its file name, the lines of its front
 * matter ({@code key: value} between two {@code ---} lines, empty when it has none) and its
 * paragraphs (split on blank lines).
 */
public record SourceArticle(String name, List<String> header, List<String> paragraphs) {
    public SourceArticle {
        Objects.requireNonNull(name, "name");
        header = List.copyOf(header);
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("article " + name + " has no paragraph");
        }
    }

    /** Every {@code .txt} file of the given files and folders (folders not recursed), sorted by file name. */
    public static List<SourceArticle> readAll(List<Path> sources) {
        List<Path> files = new ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> listing = Files.list(source)) {
                    listing.filter(p -> p.getFileName().toString().endsWith(".txt")).forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + source, e);
                }
            } else {
                files.add(source);
            }
        }
        files.sort(java.util.Comparator.comparing(p -> p.getFileName().toString()));
        return files.stream().map(SourceArticle::read).filter(a -> a.paragraphs().size() > 1).toList();
    }

    static SourceArticle read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static SourceArticle parse(String name, String text) {
        String body = text.replace("\r\n", "\n");
        List<String> header = new ArrayList<>();
        if (body.startsWith("---\n")) {
            int end = body.indexOf("\n---\n", 3);
            if (end > 0) {
                header.addAll(List.of(body.substring(4, end).split("\n")));
                body = body.substring(end + 5);
            }
        }
        List<String> paragraphs = Stream.of(body.split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty())
                .toList();
        return new SourceArticle(name, header, paragraphs);
    }

    /** The article written back: front matter (when any), then its paragraphs separated by blank lines. */
    String text() {
        StringBuilder b = new StringBuilder();
        if (!header.isEmpty()) {
            b.append("---\n");
            header.forEach(line -> b.append(line).append('\n'));
            b.append("---\n");
        }
        return b.append(String.join("\n\n", paragraphs)).append('\n').toString();
    }
}
