package dev.dossier.app.serve;

import dev.dossier.assertion.RuleAssertionReader;
import dev.dossier.extract.CascadeExtractor;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.ingest.FileIngestor;
import dev.dossier.model.Dossier;
import dev.dossier.model.Reconciliation;
import dev.dossier.nlp.LanguageAnnotator;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.pipeline.Stages;
import dev.dossier.report.compare.RegisterFormatException;
import dev.dossier.report.compare.SipriRegister;
import dev.dossier.report.compare.SipriRow;
import dev.dossier.store.SampleDossier;
import dev.dossier.store.StoreLocation;
import dev.dossier.store.jdbc.JdbcDossierStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A real server on 127.0.0.1 and a random port over an in-memory store holding the sample
 * dossier. Its reconciler always answers the sample's events and deals, so that posted articles
 * are stored and grouped while the deal pages stay the same.
 */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789";

    static {
        QuietLogs.apply();
    }

    final JdbcDossierStore store;
    final DossierServer server;
    final HttpClient client = HttpClient.newHttpClient();

    TestServer() {
        this(List.of());
    }

    /** The sample dossier plus {@code extra} documents (stored, not reconciled). */
    TestServer(List<DocumentResult> extra) {
        store = JdbcDossierStore.open(StoreLocation.inMemory("api-" + UUID.randomUUID()));
        store.putDocuments(SampleDossier.results());
        store.putDocuments(extra);
        store.saveReconciled(SampleDossier.dossier());
        server = DossierServer.start(store, stages(), ServeConfig.loopback(Optional.of(TOKEN)), Optional.of(register()));
    }

    /** A SIPRI-style register written for these tests: the sample's deal and one row no article mentions. */
    static List<SipriRow> register() {
        String text = "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,"
                + "Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,"
                + "SIPRI TIV of delivered weapons\n"
                + "Chile,Sweden,2021,,12,?,JAS-39C Gripen,FGA aircraft,4,,2023; 2024,New,$1.3 b deal,30,360,120\n"
                + "Chile,Sweden,2019,?,2,,Saab 340 AEW,AEW&C aircraft,2,,2020,Second hand,Second-hand,40,80,80\n";
        try {
            return SipriRegister.parse("register.csv", text);
        } catch (RegisterFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stages stages() {
        Dossier sample = SampleDossier.dossier();
        return new Stages(new FileIngestor(), new CascadeExtractor(), new LanguageAnnotator(),
                new RuleAssertionReader(), new MinHashGrouper(), (documents, assertions, grouping) ->
                new Reconciliation(sample.events(), sample.deals(), sample.contradictions(), sample.timeline(),
                        sample.undated()));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String token)
            throws IOException, InterruptedException {
        return postAuthorized(path, contentType, body, token == null ? null : "Bearer " + token);
    }

    /** A POST with the Authorization header exactly as given (null: none). */
    HttpResponse<String> postAuthorized(String path, String contentType, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

    /** Runs the sample server until killed, for looking at the UI by hand. */
    public static void main(String[] args) throws InterruptedException {
        try (TestServer running = new TestServer()) {
            System.out.println(running.base());
            Thread.currentThread().join();
        }
    }
}
