package dev.dossier.model;

import java.util.Optional;

/**
 * One document as a source gave it: its bytes before any cleaning. {@code source} is the input
 * file's path relative to the input argument ({@code path#record-number} for a record inside a
 * WARC, JSONL or feed file). A document the source could not read carries a {@code problem}.
 */
public record RawDocument(
        String source,
        ContentKind kind,
        byte[] content,
        Optional<String> charset,
        Metadata metadata,
        Optional<String> problem) {

    public RawDocument {
        Checks.text(source, "source");
        Checks.present(kind, "kind");
        content = Checks.present(content, "content").clone();
        Checks.present(charset, "charset");
        Checks.present(metadata, "metadata");
        Checks.present(problem, "problem");
    }

    public static RawDocument failed(String source, String problem) {
        return new RawDocument(source, ContentKind.TEXT, new byte[0], Optional.empty(), Metadata.empty(),
                Optional.of(problem));
    }

    /** The same document under another source name (two inputs that hold the same relative path). */
    public RawDocument withSource(String newSource) {
        return new RawDocument(newSource, kind, content, charset, metadata, problem);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
