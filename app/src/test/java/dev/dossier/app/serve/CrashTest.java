package dev.dossier.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.store.StoreLocation;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.json.RecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier add} killed with SIGKILL at seeded random moments, again and again, into one
 * embedded store; then one add that runs to its end. The store must then equal a store built by
 * one clean add: the same dossier, every document once, nothing missing, no lock left behind.
 * Each add runs in its own JVM, as a user's would.
 */
@Tag("slow")
class CrashTest {
    private static final long SEED = 20261206L;
    private static final int KILLS = 8;

    @TempDir
    Path temp;

    @Test
    void addsKilledAtRandomMomentsLeaveAStoreEqualToACleanOne() throws Exception {
        Path corpus = corpus();
        Path clean = temp.resolve("clean");
        assertEquals(0, add(corpus, clean).waitFor(), "the clean add");
        Path crashed = temp.resolve("crashed");
        Random random = new Random(SEED);
        long cleanMillis = timeOfOneAdd(corpus);
        for (int i = 0; i < KILLS; i++) {
            Process process = add(corpus, crashed);
            // Half the kills land anywhere, half in the last 40 % of an add, where it writes.
            double at = i % 2 == 0 ? random.nextDouble() : 0.6 + 0.4 * random.nextDouble();
            long delay = 200 + (long) (at * cleanMillis);
            if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        Process last = add(corpus, crashed);
        assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the add after the crashes finishes");
        assertEquals(0, last.exitValue(), Files.readString(temp.resolve("add.err")));
        assertEquals(dossierOf(clean), dossierOf(crashed));
        assertEquals(List.of(countDocuments(clean), countDocuments(clean)), distinctAndAll(crashed));
    }

    /** The project's examples, and each again with its numbers changed: twenty distinct articles. */
    private Path corpus() throws IOException {
        Path examples = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        Assumptions.assumeTrue(Files.isDirectory(examples), "no examples/ folder at " + examples);
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        try (Stream<Path> files = Files.list(examples)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(corpus.resolve(file.getFileName()), text, StandardCharsets.UTF_8);
                Files.writeString(corpus.resolve("v-" + file.getFileName()), text.replace("180", "96")
                        .replace("2022", "2021").replace("billion", "million"), StandardCharsets.UTF_8);
            }
        }
        return corpus;
    }

    private long timeOfOneAdd(Path corpus) throws Exception {
        long start = System.nanoTime();
        assertEquals(0, add(corpus, temp.resolve("timing")).waitFor());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Process add(Path corpus, Path store) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "dev.dossier.app.Main", "add", corpus.toString(), "--store", store.toString()));
        return new ProcessBuilder(command).redirectOutput(temp.resolve("add.out").toFile())
                .redirectError(temp.resolve("add.err").toFile()).start();
    }

    private static String dossierOf(Path store) {
        try (JdbcDossierStore opened = JdbcDossierStore.open(StoreLocation.embedded(store))) {
            return RecordJson.write(opened.dossier());
        }
    }

    private static long countDocuments(Path store) throws SQLException {
        return distinctAndAll(store).get(1);
    }

    /** {@code COUNT(DISTINCT source)} and {@code COUNT(*)} of the stored documents. */
    private static List<Long> distinctAndAll(Path store) throws SQLException {
        String url = StoreLocation.embedded(store).jdbcUrl();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(DISTINCT source), COUNT(*) FROM document_result")) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2));
        }
    }
}
