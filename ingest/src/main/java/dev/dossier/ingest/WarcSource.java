package dev.dossier.ingest;

import dev.dossier.model.ContentKind;
import dev.dossier.model.Metadata;
import dev.dossier.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file ({@code .warc} or {@code .warc.gz}) with jwarc. Response and resource records
 * with an HTML or plain-text payload become documents named {@code path#N} (N counts every record,
 * from 1); the WARC-Target-URI is the document's URL. WARC-Date is when the page was crawled, not
 * when it was published, so it is not used as a date. Records of other types (requests, metadata,
 * images, scripts) are not documents and are passed over. A truncated or corrupt file gives one
 * failed document that names the record number and byte offset where reading stopped; the records
 * before it are kept.
 */
final class WarcSource {
    private final Limits limits;

    WarcSource(Limits limits) {
        this.limits = limits;
    }

    void read(Path file, String source, Consumer<RawDocument> sink) {
        int number = 0;
        long offset = 0;
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                offset = reader.position();
                WarcRecord record = next(reader);
                if (record == null) {
                    break;
                }
                number++;
                document(record, source + "#" + number).ifPresent(sink);
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(Problems.failed(source + "#" + (number + 1), "truncated or corrupt WARC: cannot read record "
                    + (number + 1) + " at byte offset " + offset + ": " + e.getMessage()));
        }
    }

    private static WarcRecord next(WarcReader reader) throws IOException {
        return reader.next().orElse(null);
    }

    private Optional<RawDocument> document(WarcRecord record, String source) throws IOException {
        MediaType type;
        InputStream body;
        String url;
        if (record instanceof WarcResponse response) {
            type = response.http().contentType();
            body = response.http().bodyDecoded().stream();
            url = response.target();
        } else if (record instanceof WarcResource resource) {
            type = resource.contentType();
            body = resource.body().stream();
            url = resource.target();
        } else {
            return Optional.empty();
        }
        Optional<ContentKind> kind = kind(type);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
        if (bytes.length > limits.maxDocumentBytes()) {
            return Optional.of(Problems.skipped(source, "too large: record payload over the "
                    + limits.maxDocumentBytes() + "-byte limit"));
        }
        Optional<String> charset = Optional.ofNullable(type.parameters().get("charset"));
        return Optional.of(new RawDocument(source, kind.get(), bytes, charset, Metadata.empty().withUrl(url),
                Optional.empty()));
    }

    private static Optional<ContentKind> kind(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
            return Optional.of(ContentKind.HTML);
        }
        return base.equals("text/plain") ? Optional.of(ContentKind.TEXT) : Optional.empty();
    }
}
