package dev.dossier.extract.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dossier.extract.CascadeExtractor;
import dev.dossier.ingest.FileIngestor;
import dev.dossier.model.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs ingest and extraction on an input and writes {"documents":[…]} in the dossier.json shape,
 * for checking with score.py: {@code DumpDocuments INPUT OUT.json}.
 */
public final class DumpDocuments {
    private DumpDocuments() {}

    public static void main(String[] args) throws Exception {
        CascadeExtractor extractor = new CascadeExtractor();
        List<Map<String, Object>> docs = new ArrayList<>();
        new FileIngestor().read(Path.of(args[0]), raw -> docs.add(json(extractor.extract(raw))));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.writeValue(Path.of(args[1]).toFile(), Map.of("documents", docs));
    }

    static Map<String, Object> json(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("source", d.source());
        m.put("url", d.metadata().url().orElse(null));
        m.put("title", d.metadata().title().orElse(null));
        m.put("outlet", d.metadata().outlet().orElse(null));
        m.put("author", d.metadata().author().orElse(null));
        m.put("published", d.metadata().published().map(p -> Map.of("value", p.date().iso(),
                "basis", p.basis().name().toLowerCase(java.util.Locale.ROOT))).orElse(null));
        m.put("language", d.metadata().language().orElse(null));
        m.put("status", d.status().name().toLowerCase(java.util.Locale.ROOT));
        m.put("problem", d.problem().orElse(null));
        m.put("body", d.body());
        return m;
    }
}
