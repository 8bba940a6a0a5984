package dev.dossier.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Assertion;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.Evidence;
import dev.dossier.model.Grouping;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Precision;
import dev.dossier.model.Roles;
import dev.dossier.model.Span;
import dev.dossier.model.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The indexed clusterer against the definition it must keep: every assertion, in order, joins
 * the accepting event with the most origins (then the earlier date, then the first made; a denial
 * of the whole transfer a dated event before any undated one), found by testing every event. Many seeded assertions with partial roles, mixed date precision, batches,
 * hedges, speakers and wire groups.
 */
class EventClustererTest {
    private static final String QUOTE = "a claim.";
    private static final String[] SUPPLIERS = {"Russia", "France", "South Korea", null};
    private static final String[] RECIPIENTS = {"Turkey", "India", "Poland", "Egypt", null};
    private static final String[] SYSTEMS = {"S-400", "Rafale", "K2", "Su-35", null};
    private static final String[] SPEAKERS = {"Dmitry Shugayev", "Shugayev", "a Turkish official", null};
    private static final EventType[] TYPES = {EventType.CONTRACT_SIGNED, EventType.DELIVERY, EventType.TALKS};
    private static final Pattern DEICTIC = Pattern.compile(
            "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|this\\s+week)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final EventStatus[] STATUSES = {EventStatus.ASSERTED, EventStatus.REPORTED, EventStatus.PLANNED,
        EventStatus.SPECULATIVE, EventStatus.DENIED};

    @Test
    void indexedClusteringEqualsTestingEveryEvent() {
        for (long seed = 1; seed <= 12; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Map<String, Optional<PartialDate>> published = new HashMap<>();
            List<DocumentGroup> groups = new ArrayList<>();
            for (int d = 0; d < 60; d++) {
                String doc = "d" + d;
                published.put(doc, random.nextInt(4) == 0 ? Optional.empty()
                        : Optional.of(PartialDate.ofMonth(2015 + random.nextInt(6), 1 + random.nextInt(12))));
                groups.add(new DocumentGroup(doc, random.nextInt(3) == 0 ? Optional.of("w" + random.nextInt(5))
                        : Optional.empty(), Optional.empty(), "s1"));
            }
            List<Assertion> assertions = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                assertions.add(assertion(random, "x" + i, "d" + random.nextInt(60)));
            }
            Origins origins = new Origins(new Grouping(groups));
            List<List<String>> indexed = ids(new EventClusterer(origins, published).cluster(assertions));
            List<List<String>> reference = everyEvent(origins, published, assertions);
            assertEquals(reference, indexed, "seed " + seed);
            assertTrue(indexed.size() > 20 && indexed.size() < 380, "a mix of joins and new events: " + indexed.size());
        }
    }

    @Test
    void runningOriginTallyEqualsCountingAgain() {
        SplittableRandom random = new SplittableRandom(7);
        List<DocumentGroup> groups = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            groups.add(new DocumentGroup("d" + d, random.nextInt(2) == 0 ? Optional.of("w" + random.nextInt(4))
                    : Optional.empty(), Optional.empty(), "s1"));
        }
        Origins origins = new Origins(new Grouping(groups));
        Origins.Tally tally = origins.tally();
        List<Assertion> added = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Assertion a = assertion(random, "t" + i, "d" + random.nextInt(30));
            tally.add(a);
            added.add(a);
            assertEquals(components(origins, added), tally.count(), "after " + (i + 1));
            assertEquals(tally.count(), origins.count(added));
        }
        assertTrue(tally.count() > 3 && tally.count() < 100, "some origins are shared: " + tally.count());
    }

    /** The definition: sources joined while any of their origin keys is shared, counted. */
    private static int components(Origins origins, List<Assertion> sources) {
        List<java.util.Set<String>> components = new ArrayList<>();
        for (Assertion a : sources) {
            java.util.Set<String> merged = new java.util.HashSet<>(origins.keys(a.evidence()));
            List<java.util.Set<String>> rest = new ArrayList<>();
            for (java.util.Set<String> c : components) {
                if (c.stream().anyMatch(merged::contains)) {
                    merged.addAll(c);
                } else {
                    rest.add(c);
                }
            }
            rest.add(merged);
            components = rest;
        }
        return components.size();
    }

    private static Assertion assertion(SplittableRandom random, String id, String doc) {
        Roles roles = Roles.none();
        String supplier = SUPPLIERS[random.nextInt(SUPPLIERS.length)];
        String recipient = RECIPIENTS[random.nextInt(RECIPIENTS.length)];
        String system = SYSTEMS[random.nextInt(SYSTEMS.length)];
        roles = supplier == null ? roles : roles.withSupplier(random.nextBoolean() ? supplier : supplier.toUpperCase());
        roles = recipient == null ? roles : roles.withRecipient(recipient);
        roles = system == null ? roles : roles.withSystem(random.nextBoolean() ? system : system.replace("-", " "));
        Optional<PartialDate> date = switch (random.nextInt(4)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(PartialDate.ofYear(2015 + random.nextInt(6)));
            case 2 -> Optional.of(PartialDate.ofMonth(2015 + random.nextInt(6), 1 + random.nextInt(12)));
            default -> Optional.of(new PartialDate(2015 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        };
        Optional<String> note = date.isEmpty() && random.nextInt(3) == 0 ? Optional.of("on Monday") : Optional.empty();
        EventStatus status = STATUSES[random.nextInt(STATUSES.length)];
        String speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
        Evidence e = new Evidence(doc, new Span(0, QUOTE.length()), QUOTE,
                status == EventStatus.DENIED ? Stance.DENIES : Stance.ASSERTS, Optional.ofNullable(speaker),
                Optional.empty(), "test");
        Optional<Integer> batch = random.nextInt(3) == 0 ? Optional.of(1 + random.nextInt(2)) : Optional.empty();
        return new Assertion(id, TYPES[random.nextInt(TYPES.length)], roles, date, note, Optional.empty(),
                Optional.empty(), status, batch, e);
    }

    /**
     * The definition, written out from members alone (no cached keys, dates or batches): order as
     * the clusterer does, then test every event made so far against every one of its members.
     */
    private static List<List<String>> everyEvent(Origins origins, Map<String, Optional<PartialDate>> published,
            List<Assertion> assertions) {
        List<Assertion> ordered = new ArrayList<>(assertions);
        ordered.sort(Comparator.comparing((Assertion a) -> a.date().map(d -> -d.precision().ordinal() - 1).orElse(0))
                .thenComparing(a -> a.evidence().document())
                .thenComparing(a -> a.evidence().span())
                .thenComparing(Assertion::id));
        List<List<Assertion>> events = new ArrayList<>();
        for (Assertion a : ordered) {
            Optional<PartialDate> when = published.getOrDefault(a.evidence().document(), Optional.empty());
            boolean datedFirst = Cluster.deniesWhole(a);
            Optional<List<Assertion>> home = events.stream().filter(e -> accepts(e, a, when))
                    .max(Comparator.comparing((List<Assertion> e) -> datedFirst && date(e).isPresent())
                            .thenComparingInt((List<Assertion> e) -> origins.count(e))
                            .thenComparing(e -> date(e).map(PartialDate::earliest).orElse(java.time.LocalDate.MAX),
                                    Comparator.reverseOrder())
                            .thenComparing(e -> -events.indexOf(e)));
            if (home.isPresent()) {
                home.get().add(a);
            } else {
                events.add(new ArrayList<>(List.of(a)));
            }
        }
        return events.stream().map(e -> e.stream().map(Assertion::id).toList()).toList();
    }

    private static boolean accepts(List<Assertion> members, Assertion a, Optional<PartialDate> published) {
        EventType type = members.get(0).type();
        Optional<PartialDate> date = date(members);
        boolean undated = a.date().isEmpty() && date.isPresent() && published.isPresent();
        boolean tooEarly = undated && !published.get().agreesWith(date.get()) && published.get().compareTo(date.get()) < 0;
        boolean deictic = a.dateNote().map(n -> DEICTIC.matcher(n).find()).orElse(false);
        boolean tooFar = undated && deictic && !published.get().agreesWith(date.get().truncate(Precision.YEAR));
        if (a.type() != type || tooEarly || tooFar) {
            return false;
        }
        for (Assertion m : members) {
            boolean datesAgree = m.date().isEmpty() || a.date().isEmpty() || m.date().get().agreesWith(a.date().get());
            if (!Cluster.rolesAgree(m.roles(), a.roles()) || !datesAgree) {
                return false;
            }
        }
        Optional<Integer> first = members.stream().flatMap(m -> m.batch().stream()).findFirst();
        Optional<Integer> batch = Cluster.BATCHED.contains(type) || members.stream().allMatch(m -> m.batch().equals(first))
                ? first : Optional.empty();
        boolean datedIntoBatch = a.batch().isEmpty() && batch.orElse(1) > 1 && a.date().isPresent() && date.isPresent()
                && a.date().get().precision().compareTo(Precision.MONTH) >= 0 && a.date().get().agreesWith(date.get());
        boolean wholeDenial = Cluster.deniesWhole(a) || members.stream().allMatch(Cluster::deniesWhole);
        if (Cluster.BATCHED.contains(type) && !batch.orElse(1).equals(a.batch().orElse(1)) && !datedIntoBatch
                && !wholeDenial) {
            return false;
        }
        return !Cluster.FACT_SENSITIVE.contains(type)
                || Cluster.modalityClass(members.get(0).status()) == Cluster.modalityClass(a.status());
    }

    private static Optional<PartialDate> date(List<Assertion> members) {
        return members.stream().flatMap(m -> m.date().stream()).max(Comparator.comparing(PartialDate::precision)
                .thenComparing(Comparator.<PartialDate>naturalOrder().reversed()));
    }

    private static List<List<String>> ids(List<Cluster> clusters) {
        return clusters.stream().map(c -> c.members().stream().map(Assertion::id).toList()).toList();
    }
    @Test
    void aDenialOfTheWholeTransferDisputesTheDatedDeliveryNotAnUndatedEcho() {
        Roles roles = Roles.transfer("Brazil", "Peru", "KF-21");
        Map<String, Optional<PartialDate>> published = Map.of("early1", Optional.of(PartialDate.ofMonth(2023, 2)),
                "early2", Optional.of(PartialDate.ofMonth(2023, 9)), "handover", Optional.of(PartialDate.ofMonth(2024, 5)),
                "zcritic", Optional.of(PartialDate.ofMonth(2024, 11)));
        List<Assertion> claims = List.of(
                claim("handed-over", "handover", roles, Optional.of(new PartialDate(2024, 5, 2)), EventStatus.ASSERTED),
                claim("talk1", "early1", roles, Optional.empty(), EventStatus.ASSERTED),
                claim("talk2", "early2", roles, Optional.empty(), EventStatus.ASSERTED),
                claim("none-so-far", "zcritic", roles, Optional.empty(), EventStatus.DENIED));
        List<DocumentGroup> groups = published.keySet().stream().sorted()
                .map(d -> new DocumentGroup(d, Optional.empty(), Optional.empty(), "s1")).toList();
        List<List<String>> events = ids(new EventClusterer(new Origins(new Grouping(groups)), published).cluster(claims));
        assertEquals(List.of(List.of("handed-over", "none-so-far"), List.of("talk1", "talk2")), events);
    }

    private static Assertion claim(String id, String doc, Roles roles, Optional<PartialDate> date, EventStatus status) {
        Evidence e = new Evidence(doc, new Span(0, QUOTE.length()), QUOTE,
                status == EventStatus.DENIED ? Stance.DENIES : Stance.ASSERTS, Optional.empty(), Optional.empty(), "test");
        return new Assertion(id, EventType.DELIVERY, roles, date, Optional.empty(), Optional.empty(), Optional.empty(),
                status, Optional.empty(), e);
    }

    @Test
    void aDateNoteNamesADayOnlyWhenItPointsAtOne() {
        for (String day : java.util.List.of("on Monday", "yesterday", "September 19", "the 13th")) {
            org.junit.jupiter.api.Assertions.assertTrue(Cluster.namesADay(day), day);
        }
        for (String span : java.util.List.of("several years ago", "in the 2020s", "no earlier than 2018",
                "within 3 years", "3 days ago", "last year")) {
            org.junit.jupiter.api.Assertions.assertFalse(Cluster.namesADay(span), span);
        }
    }
}
