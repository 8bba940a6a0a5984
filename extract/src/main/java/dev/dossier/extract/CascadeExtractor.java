package dev.dossier.extract;

import dev.dossier.model.Document;
import dev.dossier.model.DocumentId;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** PLACEHOLDER (owner: extract helper replaces this file): the body is the UTF-8 text as is. */
public final class CascadeExtractor implements Extractor {
    @Override
    public Document extract(RawDocument raw) {
        String id = DocumentId.of(raw.source(), raw.content());
        if (raw.problem().isPresent()) {
            return new Document(id, raw.source(), raw.metadata(), "", DocumentStatus.FAILED, raw.problem());
        }
        String body = new String(raw.content(), StandardCharsets.UTF_8);
        return new Document(id, raw.source(), raw.metadata(), body, DocumentStatus.OK, Optional.empty());
    }
}
