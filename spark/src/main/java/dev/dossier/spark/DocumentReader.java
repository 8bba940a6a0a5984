package dev.dossier.spark;

import dev.dossier.group.GroupingConfig;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.store.json.RecordJson;
import dev.dossier.group.fingerprint.Fingerprint;
import dev.dossier.group.fingerprint.Fingerprinter;
import dev.dossier.model.Document;
import dev.dossier.model.RawDocument;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Stages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Runs on an executor: reads a partition's input files from their file system and puts each
 * document through the per-document stages, exactly as {@code Pipeline.readDocument} does on one
 * machine. Emits each result as JSON, cut to what the cross-document stages read
 * ({@link DocumentResult#reduced}, as the single-machine run keeps it).
 */
final class DocumentReader implements FlatMapFunction<Iterator<InputFile>, DocumentReader.Read> {
    private static final long serialVersionUID = 1L;

    /**
     * One document's result as JSON (the store's RecordJson: model records hold Optionals, which
     * neither Java serialisation nor Kryo can carry) and its fingerprint when the grouper would take one.
     */
    record Read(String json, SparkCopies.Print print) implements java.io.Serializable {}

    /** One pipeline and fingerprinter per executor JVM: lexicons load once, not once per task. */
    private static final class Shared {
        static final Pipeline PIPELINE = new Pipeline(Stages.defaults(), new PipelineConfig(1));
        static final Fingerprinter FINGERPRINTER = MinHashGrouper.fingerprinter(GroupingConfig.defaults());
    }

    @Override
    public Iterator<Read> call(Iterator<InputFile> files) {
        List<Read> out = new ArrayList<>();
        Configuration conf = new Configuration();
        while (files.hasNext()) {
            for (RawDocument raw : ingest(files.next(), conf)) {
                DocumentResult result = Shared.PIPELINE.readDocument(raw).reduced();
                out.add(new Read(RecordJson.write(result), printOf(result.annotated().document())));
            }
        }
        return out.iterator();
    }

    /** The fingerprint the grouper takes of a readable document (ok, with a body), else null. */
    private static SparkCopies.Print printOf(Document document) {
        if (!document.ok() || document.body().isBlank()) {
            return null;
        }
        Fingerprint print = Shared.FINGERPRINTER.of(document.body());
        return new SparkCopies.Print(document.id(), print.signature(), print.shingles());
    }

    /**
     * The single-machine ingestor reads local paths, so the file is copied under its own name into
     * a private folder and read from there; the records it yields are then renamed to the file's
     * source path (keeping any {@code #record} suffix).
     */
    static List<RawDocument> ingest(InputFile file, Configuration conf) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("dossier-spark");
            String name = file.source().substring(file.source().lastIndexOf('/') + 1);
            Path local = dir.resolve(name);
            org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(file.uri());
            FileSystem fs = remote.getFileSystem(conf);
            try (InputStream in = fs.open(remote)) {
                Files.copy(in, local);
            }
            String prefix = file.source().substring(0, file.source().length() - name.length());
            List<RawDocument> raws = new ArrayList<>();
            Shared.PIPELINE.ingest(List.of(local)).forEach(raw -> raws.add(renamed(raw, prefix)));
            return raws;
        } catch (IOException e) {
            return List.of(RawDocument.failed(file.source(), "cannot read " + file.uri() + ": " + e.getMessage()));
        } finally {
            deleteQuietly(dir);
        }
    }

    private static RawDocument renamed(RawDocument raw, String prefix) {
        return new RawDocument(prefix + raw.source(), raw.kind(), raw.content(), raw.charset(), raw.metadata(),
                raw.problem());
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary folder is not worth failing a document for
        }
    }
}
