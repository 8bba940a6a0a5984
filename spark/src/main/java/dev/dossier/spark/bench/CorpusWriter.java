package dev.dossier.spark.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a generated corpus to disk: the first share of the articles as text files (1,000 per
 * folder), the rest as HTML responses in WARC.gz files of 500 records each.
 */
public final class CorpusWriter {
    private static final int FILES_PER_FOLDER = 1000;
    private static final int RECORDS_PER_WARC = 500;
    private static final Instant CRAWLED = Instant.parse("2024-01-01T00:00:00Z");

    private CorpusWriter() {}

    public static void write(NewsCorpus corpus, Path dir, int articles, double textShare) throws IOException {
        int texts = (int) Math.round(articles * textShare);
        for (int i = 0; i < texts; i++) {
            Path folder = dir.resolve(String.format(Locale.ROOT, "text/%04d", i / FILES_PER_FOLDER));
            Files.createDirectories(folder);
            NewsCorpus.Article article = corpus.article(i);
            Files.writeString(folder.resolve(article.id() + ".txt"), article.asText(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(dir.resolve("warc"));
        for (int from = texts; from < articles; from += RECORDS_PER_WARC) {
            Path file = dir.resolve(String.format(Locale.ROOT, "warc/part-%05d.warc.gz", from / RECORDS_PER_WARC));
            try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
                for (int i = from; i < Math.min(articles, from + RECORDS_PER_WARC); i++) {
                    writer.write(response(corpus.article(i)));
                }
            }
        }
    }

    private static WarcResponse response(NewsCorpus.Article article) throws IOException {
        byte[] html = article.asHtml().getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html).build();
        return new WarcResponse.Builder(URI.create("https://news.example/" + article.id()))
                .date(CRAWLED).body(http).build();
    }
}
