package dev.dossier.ingest;

import dev.dossier.model.ContentKind;
import dev.dossier.model.Metadata;
import dev.dossier.model.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** PLACEHOLDER (owner: extract helper replaces this file): reads every regular file as text. */
public final class FileIngestor implements Ingestor {
    @Override
    public void read(Path input, Consumer<RawDocument> sink) {
        Path base = Files.isDirectory(input) ? input.toAbsolutePath() : input.toAbsolutePath().getParent();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            sink.accept(RawDocument.failed(input.toString(), "cannot read: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            String source = base.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
            try {
                sink.accept(new RawDocument(source, ContentKind.TEXT, Files.readAllBytes(file), Optional.empty(),
                        Metadata.empty(), Optional.empty()));
            } catch (IOException e) {
                sink.accept(RawDocument.failed(source, "cannot read: " + e.getMessage()));
            }
        }
    }
}
