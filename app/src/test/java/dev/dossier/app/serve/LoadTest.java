package dev.dossier.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.DateBasis;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Metadata;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.store.SampleDossier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback: a fixed number of search and deal-page requests from a few
 * client threads, stopped early at a time cap. Prints requests per second and latency
 * percentiles; asserts only that every answer was 200 and that the run finished.
 * Run: {@code mvn -o -pl app test -Dtest=LoadTest}.
 */
@Tag("slow")
class LoadTest {
    static final int FILLER_DOCUMENTS = 2000;
    static final int REQUESTS_PER_KIND = 2000;
    static final int CLIENTS = 4;
    static final Duration CAP = Duration.ofSeconds(30);
    static final List<String> SEARCHES = List.of("/api/search?q=delivery", "/api/search?q=contract+signed&kind=claim",
            "/api/search?q=%22air+defence%22&country=Chile", "/api/search?q=gripen&from=2021&to=2023-06",
            "/api/search?q=minister+said&kind=document&limit=50", "/api/search?q=batteries+-tanks");

    @Test
    void searchAndDealPagesUnderLoad() throws Exception {
        try (TestServer server = new TestServer(filler(new Random(42)))) {
            String base = server.base();
            run("search", base, i -> SEARCHES.get(i % SEARCHES.size()));
            run("deal page", base, i -> "/api/deals/deal-1");
            run("deal + document pages", base, i -> i % 2 == 0 ? "/api/deals/deal-1"
                    : "/api/documents/" + SampleDossier.B);
        }
    }

    private static void run(String name, String base, java.util.function.IntFunction<String> path) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 200; i++) {
            send(client, base + path.apply(i));
        }
        long[] latencies = new long[REQUESTS_PER_KIND];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long deadline = System.nanoTime() + CAP.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < REQUESTS_PER_KIND && System.nanoTime() < deadline;
                        i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    if (send(client, base + path.apply(i)) != 200) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        int done = Math.min(next.get(), REQUESTS_PER_KIND);
        report(name, done, seconds, latencies, done);
        assertEquals(0, failures.get(), name + ": failed requests");
        assertTrue(done > 0);
    }

    private static int send(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void report(String name, int done, double seconds, long[] latencies, int count) {
        List<Long> sorted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sorted.add(latencies[i]);
        }
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "LOAD %-22s %5d requests, %d clients, %.1f s: %.0f req/s; latency ms p50 %.2f"
                + " p90 %.2f p99 %.2f max %.2f%n", name, done, CLIENTS, seconds, done / seconds, ms(sorted, 0.50),
                ms(sorted, 0.90), ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size()))) / 1e6;
    }

    /** Documents made of a fixed vocabulary with a seeded random, so the index has realistic size. */
    static List<DocumentResult> filler(Random random) {
        String[] words = ("the ministry said delivery contract signed batteries air defence tanks howitzers jets "
                + "minister talks offer approval parliament budget army navy procurement agency officials reported "
                + "expected first second batch deal worth million billion euros dollars spokesman denied confirmed "
                + "program training crews radar missile system units Chile Sweden Poland Norway Lithuania Gripen")
                .split(" ");
        List<DocumentResult> results = new ArrayList<>();
        for (int d = 0; d < FILLER_DOCUMENTS; d++) {
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 12; s++) {
                for (int w = 0; w < 18; w++) {
                    body.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                }
                body.append(".\n\n");
            }
            Metadata metadata = Metadata.empty().withTitle("Filler report " + d).withOutlet("Load Test Daily")
                    .withPublished(new PublicationDate(PartialDate.ofMonth(2015 + d % 10, 1 + d % 12),
                            DateBasis.METADATA));
            String id = String.format(Locale.ROOT, "f%015d", d);
            Document document = new Document(id, "filler/" + id + ".txt", metadata, body.toString(),
                    DocumentStatus.OK, Optional.empty());
            results.add(new DocumentResult(AnnotatedDocument.bare(document), List.of()));
        }
        return results;
    }
}
