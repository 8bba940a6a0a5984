package dev.dossier.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.store.StoreLocation;
import dev.dossier.store.changes.Digest;
import dev.dossier.store.changes.Digest.ContradictionDigest;
import dev.dossier.store.changes.Digest.DealDigest;
import dev.dossier.store.changes.Digest.EventDigest;
import dev.dossier.store.changes.Digest.SideDigest;
import dev.dossier.store.changes.Digest.SlotDigest;
import dev.dossier.store.changes.DigestDelta;
import dev.dossier.store.changes.DigestReplay;
import dev.dossier.store.changes.LoggedRevision;
import dev.dossier.store.json.RecordJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reading a revision from a log of one full row and 1,000 delta rows, on a digest the size of a
 * 10,000-document store (2,790 deals, 11,557 events, 1,779 contradictions: the dossier of the
 * 2,000-article real-looking corpus scaled to the 10,000-article one), each delta re-reconciling one
 * deal key (an event and a source more, a slot's support moved; one in five a new deal). Prints
 * the sizes of the rows and the CPU time of a cold replay, of a feed page read newest first and of
 * consecutive reads; checks the replayed digest is the whole one. A benchmark, not part of
 * {@code ./test}: {@code mvn -o -q test -pl store -am -Dtest=RevisionLogBenchmarkTest
 * -Dtest.excluded.groups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class RevisionLogBenchmarkTest {
    private static final int DEALS = 2_790;
    private static final int EVENTS = 11_557;
    private static final int CONTRADICTIONS = 1_779;
    private static final int DELTAS = 1_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void replayingAThousandDeltas() throws SQLException {
        Random random = new Random(20261206L);
        Map<String, Parts> parts = new LinkedHashMap<>();
        for (int d = 0; d < DEALS; d++) {
            parts.put(key(d), new Parts(deal(d, 0), new ArrayList<>(), new ArrayList<>()));
        }
        for (int e = 0; e < EVENTS; e++) {
            parts.get(key(e % DEALS)).events().add(event(e % DEALS, e, 0));
        }
        for (int c = 0; c < CONTRADICTIONS; c++) {
            parts.get(key(c % DEALS)).contradictions().add(contradiction(c % DEALS, c, 0));
        }
        Digest base = whole(parts);
        List<DigestDelta> deltas = new ArrayList<>();
        int deals = DEALS;
        for (int r = 1; r <= DELTAS; r++) {
            int d = random.nextInt(5) == 0 ? deals++ : random.nextInt(DEALS);
            Parts old = parts.getOrDefault(key(d), new Parts(null, List.of(), List.of()));
            Parts now = old.next(d, r);
            parts.put(key(d), now);
            deltas.add(DigestDelta.of(old.digest(), now.digest()));
        }
        Digest last = whole(parts);

        StoreLocation location = StoreLocation.inMemory("revision-log-bench");
        try (JdbcDossierStore store = JdbcDossierStore.open(location);
                Connection connection = DriverManager.getConnection(location.jdbcUrl())) {
            String full = RecordJson.write(base);
            Sql.update(connection, "INSERT INTO revision_log (revision, added_documents, digest) VALUES (1, '[]', ?)",
                    full);
            RevisionLog writer = new RevisionLog(connection, Clock.systemUTC());
            long deltaBytes = 0;
            for (int i = 0; i < deltas.size(); i++) {
                writer.appendDelta(i + 2, List.of("doc-r" + (i + 2)), deltas.get(i));
                deltaBytes += RecordJson.write(deltas.get(i)).length();
            }
            long top = DELTAS + 1;
            assertEquals(last, new RevisionLog(connection, Clock.systemUTC()).atOrBefore(top).orElseThrow().digest());

            System.out.printf(Locale.ROOT, "digest: %d deals, %d events, %d contradictions; full row %d chars,"
                    + " delta row %d chars on average%n", last.deals().size(), last.events().size(),
                    last.contradictions().size(), full.length(), deltaBytes / DELTAS);
            report("parse one full row (what every read cost before)", () -> RecordJson.read(full, Digest.class));
            report("replay 1,000 deltas in memory (DigestReplay)", () -> {
                DigestReplay replay = new DigestReplay(base);
                deltas.forEach(replay::apply);
                return replay.digest();
            });
            report("cold read of the last revision (full row + 1,000 delta rows)",
                    () -> new RevisionLog(connection, Clock.systemUTC()).atOrBefore(top));
            report("feed page: 50 revisions newest first, each with the one before", () -> {
                RevisionLog log = new RevisionLog(connection, Clock.systemUTC());
                List<Optional<LoggedRevision>> read = new ArrayList<>();
                for (long r = top; r > top - 50; r--) {
                    read.add(log.atOrBefore(r));
                    read.add(log.atOrBefore(r - 1));
                }
                return read;
            });
            report("100 consecutive revisions read oldest first", () -> {
                RevisionLog log = new RevisionLog(connection, Clock.systemUTC());
                List<Optional<LoggedRevision>> read = new ArrayList<>();
                for (long r = top - 99; r <= top; r++) {
                    read.add(log.atOrBefore(r));
                }
                return read;
            });
        }
    }

    /** The median CPU time of five runs after one discarded. */
    private static void report(String what, Supplier<Object> work) {
        work.get();
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long start = CPU.getCurrentThreadCpuTime();
            work.get();
            ms[i] = (CPU.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms CPU (runs %s)%n", what, ms[2], Arrays.toString(ms));
    }

    private static Digest whole(Map<String, Parts> parts) {
        List<DealDigest> deals = new ArrayList<>();
        List<EventDigest> events = new ArrayList<>();
        List<ContradictionDigest> contradictions = new ArrayList<>();
        parts.values().forEach(p -> {
            deals.add(p.deal());
            events.addAll(p.events());
            contradictions.addAll(p.contradictions());
        });
        return new Digest(deals, events, contradictions);
    }

    /** One deal key's parts. */
    private record Parts(DealDigest deal, List<EventDigest> events, List<ContradictionDigest> contradictions) {
        Digest digest() {
            return deal == null ? Digest.EMPTY : new Digest(List.of(deal), events, contradictions);
        }

        /** The parts after revision {@code r} re-reconciled the key: one event and one source more. */
        Parts next(int d, int r) {
            List<EventDigest> more = new ArrayList<>(events);
            more.add(event(d, EVENTS + r, r));
            List<ContradictionDigest> disputed = contradictions.isEmpty()
                    ? List.of(contradiction(d, CONTRADICTIONS + r, r)) : contradictions;
            return new Parts(RevisionLogBenchmarkTest.deal(d, r), more, disputed);
        }
    }

    private static String key(int d) {
        return "Supplier " + d % 37 + " → Recipient " + d % 89 + " System " + d;
    }

    private static DealDigest deal(int d, int r) {
        List<String> sources = documents(d, 6 + r % 3);
        return new DealDigest(key(d), "d-" + Integer.toHexString(d * 7919 + 13), key(d), "ordered",
                Map.of("order_date", new SlotDigest("20" + (10 + d % 15) + "-0" + (1 + d % 9), 2 + r % 3,
                        sources.subList(0, 3)),
                        "value", new SlotDigest("USD " + (d % 900 + 100) + " million", 2, sources.subList(1, 4)),
                        "quantity", new SlotDigest((d % 40 + 2) + " aircraft", 1, sources.subList(2, 3))),
                sources);
    }

    private static EventDigest event(int d, int e, int r) {
        return new EventDigest("e-" + Integer.toHexString(e * 104729 + 7), "contract", "contract " + key(d),
                Optional.of("20" + (10 + e % 15) + "-" + String.format(Locale.ROOT, "%02d", 1 + e % 12)), "asserted",
                Optional.of(key(d)), List.of("doc-" + e + "@120-260", "doc-" + (e + 1) + "@40-180",
                        "doc-r" + r + "@10-90"));
    }

    private static ContradictionDigest contradiction(int d, int c, int r) {
        return new ContradictionDigest("c-" + Integer.toHexString(c * 15485863 + 3), Optional.of(key(d)),
                Optional.empty(), "value", "value", List.of(new SideDigest("USD 1 billion", 2, documents(c, 2)),
                        new SideDigest("USD 1.2 billion", 1 + r % 2, documents(c + 1, 1))));
    }

    private static List<String> documents(int from, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(String.format(Locale.ROOT, "%016x", (long) (from + i) * 2654435761L));
        }
        return out;
    }
}
