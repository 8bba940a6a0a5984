package dev.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, checked: a layer may import only the layers above it in this list
 * (app and spark may use all). Reads every main source file of every module.
 */
class LayeringTest {
    static final List<String> LAYERS = List.of(
            "model", "ingest", "extract", "nlp", "assertion", "group", "reconcile", "pipeline", "report", "store",
            "app", "spark");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?dev\\.dossier\\.(\\w+)",
            Pattern.MULTILINE);

    @Test
    void everyLayerImportsOnlyLayersAboveIt() {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (Path source : mainSources()) {
            String layer = layerOf(source);
            String text = read(source);
            files++;
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String used = m.group(1);
                if (!allowed(layer, used)) {
                    violations.add(projectRoot().relativize(source) + " imports dev.dossier." + used);
                }
            }
            for (String used : LAYERS) {
                if (!allowed(layer, used) && text.contains("dev.dossier." + used + ".")) {
                    violations.add(projectRoot().relativize(source) + " names dev.dossier." + used);
                }
            }
        }
        assertTrue(files > 20, "expected to read the sources of every module, read " + files);
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    @Test
    void theCheckCatchesAnUpwardImport() {
        assertTrue(allowed("reconcile", "model"));
        assertTrue(allowed("app", "store"));
        assertTrue(!allowed("model", "nlp"));
        assertTrue(!allowed("nlp", "assertion"));
        assertTrue(!allowed("extract", "report"));
    }

    static boolean allowed(String layer, String used) {
        if (!LAYERS.contains(used) || layer.equals(used)) {
            return true;
        }
        if (layer.equals("app") || layer.equals("spark")) {
            return !used.equals("app") && !used.equals("spark");
        }
        return LAYERS.indexOf(used) < LAYERS.indexOf(layer);
    }

    private static String layerOf(Path source) {
        return projectRoot().relativize(source).getName(0).toString();
    }

    static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("model")) ? here : here.getParent();
    }

    private static List<Path> mainSources() {
        List<Path> sources = new ArrayList<>();
        for (String layer : LAYERS) {
            Path dir = projectRoot().resolve(layer).resolve("src/main/java");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return sources;
    }

    private static String read(Path source) {
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
