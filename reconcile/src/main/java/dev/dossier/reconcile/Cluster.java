package dev.dossier.reconcile;

import dev.dossier.model.Assertion;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Precision;
import dev.dossier.model.Roles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The assertions that report one real-world event, with what they jointly say. */
final class Cluster {
    /** Types whose batch tells events apart (the first delivery is not the second). */
    static final Set<EventType> BATCHED = EnumSet.of(EventType.CONTRACT_SIGNED, EventType.DELIVERY,
            EventType.PAYMENT, EventType.DELAY);
    /** Types where a plan or a hedge is a different event from the fact ("will levy sanctions" is not "sanctioned"). */
    static final Set<EventType> FACT_SENSITIVE = EnumSet.of(EventType.CONTRACT_SIGNED, EventType.DELIVERY,
            EventType.PAYMENT, EventType.SANCTION);

    /** Date notes that name a day near the publication ("on Monday", "yesterday", "this week"). */
    private static final java.util.regex.Pattern DEICTIC = java.util.regex.Pattern.compile(
            "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|this\\s+week)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A day of the month standing alone ("September 19", "the 13th"), not part of a year or decade. */
    private static final java.util.regex.Pattern DAY_OF_MONTH = java.util.regex.Pattern.compile(
            "(?<![\\d.,/])(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\d.,/])(?!\\s*(?:years?|months?|weeks?|days?))",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern AGO = java.util.regex.Pattern.compile(
            "\\bago\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether a date note names one day the reader could not place on the calendar ("on Monday",
     * "yesterday", "September 19", "the 13th"), rather than a span ("several years ago", "in the
     * 2020s", "no earlier than 2018").
     */
    static boolean namesADay(String note) {
        return DEICTIC.matcher(note).find() || DAY_OF_MONTH.matcher(note).find() && !AGO.matcher(note).find();
    }

    /** The roles compared by {@link #rolesAgree}, in the order of {@link #keys}. */
    static final int ROLES = 5;

    private final List<Assertion> members = new ArrayList<>();
    private final int order;
    /**
     * Per role, the folded name its members give, or null when none gives one. Every member
     * agreed with every other when it joined, so all the names a role is given fold to one key.
     */
    private final String[] keys;
    private final Set<PartialDate> dates = new java.util.LinkedHashSet<>();
    private Optional<PartialDate> date = Optional.empty();
    private final Set<Integer> batches = new java.util.HashSet<>();
    private Optional<Integer> firstBatch = Optional.empty();
    private boolean unbatched;
    /** Whether every member denies the transfer as a whole ({@link #deniesWhole}). */
    private boolean everyDeniesWhole = true;

    /** A cluster of one, the {@code order}-th made; {@code keys} are {@link #keys(Roles)} of {@code first}. */
    Cluster(Assertion first, String[] keys, int order) {
        this.order = order;
        this.keys = keys.clone();
        add(first, keys);
    }

    /** Adds a member; {@code keys} are its {@link #keys(Roles)}. */
    void add(Assertion a, String[] keys) {
        members.add(a);
        for (int r = 0; r < ROLES; r++) {
            if (this.keys[r] == null) {
                this.keys[r] = keys[r];
            }
        }
        a.batch().ifPresent(batches::add);
        unbatched |= a.batch().isEmpty();
        everyDeniesWhole &= deniesWhole(a);
        firstBatch = firstBatch.or(a::batch);
        a.date().ifPresent(d -> {
            dates.add(d);
            date = dates.stream().max(Comparator.comparing(PartialDate::precision)
                    .thenComparing(Comparator.<PartialDate>naturalOrder().reversed()));
        });
    }

    /** The order in which the cluster was made (0 for the first). */
    int order() {
        return order;
    }

    /** The folded name the members give for role {@code r} of {@link #keys(Roles)}, or null. */
    String key(int r) {
        return keys[r];
    }

    /** The comparison keys of supplier, recipient, system, actor and target (null when not given). */
    static String[] keys(Roles r) {
        return new String[] {r.supplier().map(Keys::fold).orElse(null), r.recipient().map(Keys::fold).orElse(null),
            r.system().map(Keys::system).orElse(null), r.actor().map(Keys::fold).orElse(null),
            r.target().map(Keys::fold).orElse(null)};
    }

    List<Assertion> members() {
        return java.util.Collections.unmodifiableList(members);
    }

    EventType type() {
        return members.get(0).type();
    }

    /** The most precise date the members give (they all agree with it). */
    Optional<PartialDate> date() {
        return date;
    }

    /** The batch: the first one given for batched types; for others only when every member gives the same. */
    Optional<Integer> batch() {
        if (BATCHED.contains(type()) || firstBatch.isEmpty()) {
            return firstBatch;
        }
        return !unbatched && batches.size() == 1 ? firstBatch : Optional.empty();
    }

    /** 0 for facts (asserted, reported, denied), 1 for plans, 2 for hedges. */
    int modalityClass() {
        return modalityClass(members.get(0).status());
    }

    static int modalityClass(EventStatus status) {
        return switch (status) {
            case PLANNED -> 1;
            case SPECULATIVE -> 2;
            default -> 0;
        };
    }

    /** Each role as most members give it (ties: the first given). */
    Roles roles() {
        return Roles.none()
                .withSupplier(mostCommon(r -> r.supplier()).orElse(null))
                .withRecipient(mostCommon(r -> r.recipient()).orElse(null))
                .withSystem(mostCommon(r -> r.system()).orElse(null))
                .withSupplierOrg(mostCommon(r -> r.supplierOrg()).orElse(null))
                .withRecipientOrg(mostCommon(r -> r.recipientOrg()).orElse(null))
                .withActor(mostCommon(r -> r.actor()).orElse(null))
                .withTarget(mostCommon(r -> r.target()).orElse(null));
    }

    private Optional<String> mostCommon(Function<Roles, Optional<String>> role) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Assertion a : members) {
            role.apply(a.roles()).ifPresent(v -> counts.merge(v, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * An assertion as clusters test it, with what every test needs worked out once: its role
     * {@link #keys(Roles) keys}, its source's publication date, and whether its only date is a
     * day near the publication ("on Monday", "yesterday", "this week").
     */
    record Probe(Assertion assertion, String[] keys, Optional<PartialDate> published, boolean deictic) {
        static Probe of(Assertion a, Optional<PartialDate> published) {
            return new Probe(a, Cluster.keys(a.roles()), published,
                    a.date().isEmpty() && a.dateNote().map(n -> DEICTIC.matcher(n).find()).orElse(false));
        }
    }

    /**
     * True when the probed assertion can report this same event: type, parties, system, batch,
     * modality and date agree with every member, and an undated source was not published before
     * the event's date (it cannot speak of an event that had not happened yet).
     */
    boolean accepts(Probe probe) {
        Assertion a = probe.assertion();
        if (a.type() != type() || tooEarly(a, probe.published()) || tooFarFromNow(probe)) {
            return false;
        }
        for (int r = 0; r < ROLES; r++) {
            if (probe.keys()[r] != null && keys[r] != null && !probe.keys()[r].equals(keys[r])) {
                return false;
            }
        }
        if (a.date().isPresent()) {
            for (PartialDate d : dates) {
                if (!d.agreesWith(a.date().get())) {
                    return false;
                }
            }
        }
        if (BATCHED.contains(type()) && !batch().orElse(1).equals(a.batch().orElse(1)) && !datedIntoBatch(a)
                && !deniesWhole(a) && !everyDeniesWhole) {
            return false;
        }
        return !FACT_SENSITIVE.contains(type()) || modalityClass() == modalityClass(a.status());
    }

    /**
     * A denial that names neither a batch nor a date ("Iran denies supplying drones") denies the
     * transfer as a whole: it disputes whichever batch the others assert, not only the first.
     */
    static boolean deniesWhole(Assertion a) {
        return a.status() == EventStatus.DENIED && a.batch().isEmpty() && a.date().isEmpty();
    }

    /**
     * An unnumbered claim dated to the month or day of a later batch's event is that event ("ordered
     * the six jets in March 2022" when the second contract was signed on 24 March 2022).
     */
    private boolean datedIntoBatch(Assertion a) {
        Optional<PartialDate> date = date();
        return a.batch().isEmpty() && batch().orElse(1) > 1 && a.date().isPresent() && date.isPresent()
                && a.date().get().precision().compareTo(Precision.MONTH) >= 0
                && a.date().get().agreesWith(date.get());
    }

    /**
     * A claim dated only "on Monday", "yesterday" or "this week" speaks of the days around its
     * publication: it cannot join an event dated in another year.
     */
    private boolean tooFarFromNow(Probe probe) {
        Optional<PartialDate> published = probe.published();
        return probe.deictic() && date.isPresent() && published.isPresent()
                && !published.get().agreesWith(date.get().truncate(Precision.YEAR));
    }

    private boolean tooEarly(Assertion a, Optional<PartialDate> published) {
        Optional<PartialDate> date = date();
        return a.date().isEmpty() && date.isPresent() && published.isPresent()
                && !published.get().agreesWith(date.get()) && published.get().compareTo(date.get()) < 0;
    }

    static boolean rolesAgree(Roles a, Roles b) {
        return Keys.compatible(a.supplier(), b.supplier()) && Keys.compatible(a.recipient(), b.recipient())
                && Keys.compatibleSystem(a.system(), b.system()) && Keys.compatible(a.actor(), b.actor())
                && Keys.compatible(a.target(), b.target());
    }
}
