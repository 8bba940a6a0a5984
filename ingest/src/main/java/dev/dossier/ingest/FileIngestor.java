package dev.dossier.ingest;

import dev.dossier.model.ContentKind;
import dev.dossier.model.Metadata;
import dev.dossier.model.RawDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The default ingestor. A folder is walked recursively (hidden files and folders left out; see
 * {@link FolderListing} for links and listing errors) and its files are read in the order of
 * their relative paths, so the listing order of the file system never matters. Each file is read by its name:
 * {@code .warc}/{@code .warc.gz} → {@link WarcSource}; {@code .jsonl}/{@code .ndjson} →
 * {@link JsonlSource}; {@code .rss}/{@code .atom}/{@code .xml} → {@link FeedSource};
 * {@code .html}/{@code .htm}/{@code .xhtml} → HTML; anything else → text (the extractor refuses
 * binary content with a reason). Any name may end in {@code .gz}. A document's source is its
 * path relative to the input argument (a single file: its name), {@code path#N} for the N-th
 * record of a container. Nothing here throws on bad input: problems become documents.
 */
public final class FileIngestor implements Ingestor {
    private final Limits limits;
    private final Links links;

    public FileIngestor() {
        this(Limits.STANDARD);
    }

    public FileIngestor(Limits limits) {
        this(limits, Links.INSIDE_INPUT);
    }

    public FileIngestor(Limits limits, Links links) {
        this.limits = dev.dossier.model.Checks.present(limits, "limits");
        this.links = dev.dossier.model.Checks.present(links, "links");
    }

    @Override
    public void read(Path input, Consumer<RawDocument> sink) {
        if (!Files.exists(input)) {
            sink.accept(Problems.failed(name(input), "no such file or folder: " + input));
            return;
        }
        if (!Files.isDirectory(input)) {
            readFile(input, name(input), sink);
            return;
        }
        for (FolderListing.Entry entry : FolderListing.list(input, links)) {
            entry.problem().ifPresent(sink);
            entry.file().ifPresent(file -> readFile(file, entry.source(), sink));
        }
    }

    private void readFile(Path file, String source, Consumer<RawDocument> sink) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = lower.endsWith(".gz");
        String bare = gzip ? lower.substring(0, lower.length() - 3) : lower;
        if (bare.endsWith(".warc")) {
            new WarcSource(limits).read(file, source, sink);
            return;
        }
        Bytes.Result bytes = Bytes.read(file, gzip, limits);
        if (!bytes.ok()) {
            sink.accept(bytes.skipped() ? Problems.skipped(source, bytes.problem()) : Problems.failed(source, bytes.problem()));
        } else if (bare.endsWith(".jsonl") || bare.endsWith(".ndjson")) {
            JsonlSource.read(bytes.bytes(), source, sink);
        } else if (bare.endsWith(".rss") || bare.endsWith(".atom") || bare.endsWith(".xml")) {
            FeedSource.read(bytes.bytes(), source, sink);
        } else {
            sink.accept(new RawDocument(source, kindOf(bare, bytes.bytes()), bytes.bytes(), Optional.empty(),
                    Metadata.empty(), Optional.empty()));
        }
    }

    /** HTML by its name, or by its first bytes whatever its name (a page saved as .txt is still a page). */
    static ContentKind kindOf(String name, byte[] bytes) {
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".shtml")) {
            return ContentKind.HTML;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\uFEFF") || head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(head.charAt(0) == '\uFEFF' ? 1 : 3).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") ? ContentKind.HTML : ContentKind.TEXT;
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
