package dev.dossier.assertion;

import dev.dossier.model.Attribution;
import dev.dossier.model.EntityType;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.Mention;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Quantity;
import dev.dossier.model.Roles;
import dev.dossier.model.Span;
import dev.dossier.model.Stance;
import java.util.List;
import java.util.Optional;

/** Reads one trigger into a draft claim: system, parties, date, batch, status; empty when too little is known. */
final class ClaimReader {
    /** Where the system came from: this sentence, or an earlier claim the sentence answers. */
    private record Subject(Optional<Mention> mention, Optional<String> system, Optional<String> origin,
                           Optional<Claim> antecedent, boolean anaphoric) {
        static final Subject NONE = new Subject(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                false);

        static Subject named(Optional<Mention> m, Optional<Claim> antecedent) {
            return new Subject(m, m.map(x -> x.entity().name()), m.flatMap(x -> x.entity().attribute("country")),
                    antecedent, false);
        }

        Roles antecedentRoles() {
            return antecedent.map(Claim::roles).orElse(Roles.none());
        }
    }

    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "^[,\\s]*(?:which|who|that)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private final Cues cues;
    private final RoleReader roles;
    private final FactReader facts;
    private final ModalityReader modality;
    private final StatementTime statementTime;
    private final CategoryNouns categoryNouns;

    ClaimReader(Cues cues) {
        this.cues = cues;
        this.roles = new RoleReader(cues);
        this.facts = new FactReader(cues);
        this.modality = new ModalityReader(cues);
        this.statementTime = new StatementTime(cues);
        this.categoryNouns = CategoryNouns.load();
    }

    /** One draft per system the trigger governs ("contracts for 180 K2 tanks and 212 K9 howitzers": two). */
    List<Draft> read(SentenceView v, List<Span> clauses, Trigger t, List<Trigger> all, DiscourseContext context,
            Optional<PartialDate> published) {
        Span clause = Clauses.containing(clauses, t.span().start());
        Optional<Attribution> attribution = v.attributionFor(t.span());
        Optional<Attribution> covering = attribution.filter(a -> a.content().contains(t.span()));
        Span scope = scope(clause, t, attribution);
        FactReader.Batch batch = facts.batch(v, scope, t.span());
        List<Span> others = all.stream().filter(o -> o != t && clause.contains(o.span())).map(Trigger::span).toList();
        EventStatus stated = relayed(v, covering, modality.status(v, clause, t, others));
        Subject first = subject(v, scope, clause, t, attribution, batch, stated, context);
        List<Subject> subjects = new java.util.ArrayList<>(List.of(first));
        first.mention().ifPresent(m -> roles.coordinated(v, scope, m, others).forEach(
                next -> subjects.add(Subject.named(Optional.of(next), first.antecedent()))));
        List<Draft> drafts = new java.util.ArrayList<>();
        for (Subject subject : subjects) {
            Optional<Roles> parties = parties(v, scope, t, subject, context);
            if (parties.isPresent()) {
                Optional<Quantity> counted = subjects.size() > 1
                        ? subject.mention().flatMap(m -> facts.quantityOf(v, scope, m.span()))
                        : facts.quantity(v, scope, t.span(), rivals(v, t, all, clause));
                drafts.add(draft(v, t, scope, clause, others, subject, parties.get(), counted,
                        new Reading(batch, stated, attribution, covering), context, published));
            }
        }
        return drafts;
    }

    /**
     * The other triggers of the clause that govern what follows them; a noun that is the object of a
     * preposition ("signed for the delivery of six battalions") names what this trigger is about.
     */
    private List<Span> rivals(SentenceView v, Trigger t, List<Trigger> all, Span clause) {
        return all.stream().filter(o -> o != t && clause.contains(o.span()))
                .filter(o -> !o.rule().noun() || !cues.any("OBJECT_BEFORE", v, clause.start(), o.span().start()))
                .map(Trigger::span).toList();
    }

    /** A statement the sentence credits to a media outlet or to unnamed sources it cites is reported. */
    private EventStatus relayed(SentenceView v, Optional<Attribution> covering, EventStatus stated) {
        if (stated != EventStatus.ASSERTED || covering.isEmpty()) {
            return stated;
        }
        Span content = covering.get().content();
        String outside = v.body().substring(v.span().start(), Math.max(v.span().start(), content.start())) + " "
                + v.body().substring(Math.min(v.span().end(), content.end()), v.span().end());
        return cues.any("MEDIA_RELAY", outside) ? EventStatus.REPORTED : stated;
    }

    /** What one trigger's clause says before its subject is known. */
    private record Reading(FactReader.Batch batch, EventStatus stated, Optional<Attribution> attribution,
                           Optional<Attribution> covering) {}

    private Draft draft(SentenceView v, Trigger t, Span scope, Span clause, List<Span> others, Subject subject,
            Roles parties, Optional<Quantity> quantity, Reading r, DiscourseContext context,
            Optional<PartialDate> published) {
        FactReader.Batch batch = r.batch();
        EventStatus stated = r.stated();
        FactReader.When when = undatedByStatement(v, clause, t, facts.when(v, scope, t.span(), others), r,
                published);
        EventStatus status = ModalityReader.forecast(stated, when.date(), published);
        Stance stance = modality.stance(v, clause, status, r.covering());
        Optional<Integer> number = batch.number()
                .or(() -> batch.later() ? Optional.of(context.laterBatch(t.type(), parties).orElse(2))
                        : Optional.empty())
                .or(() -> subject.antecedent().filter(a -> subject.anaphoric() && a.type() == t.type())
                        .flatMap(Claim::batch));
        return new Draft(t, parties, when.date(), when.note(), quantity, Optional.empty(), status, stance, number,
                r.attribution());
    }

    /** An undated predicate that is current when stated takes the statement's date ({@link StatementTime}). */
    private FactReader.When undatedByStatement(SentenceView v, Span clause, Trigger t, FactReader.When when,
            Reading r, Optional<PartialDate> published) {
        if (when.date().isEmpty() && when.note().isPresent()) {
            return statementTime.ofUnresolvedDay(when.note().get(), published)
                    .map(d -> new FactReader.When(Optional.of(d), Optional.empty())).orElse(when);
        }
        if (when.date().isPresent()) {
            return when;
        }
        Span own = modality.proposition(v, clause, t);
        return statementTime.of(v, own, t, r.covering(), r.stated(), published)
                .map(d -> new FactReader.When(Optional.of(d), Optional.empty())).orElse(when);
    }

    /** The trigger's clause, cut to the reported content when the trigger is inside a quote or report. */
    private static Span scope(Span clause, Trigger t, Optional<Attribution> attribution) {
        return attribution.filter(a -> a.content().start() <= t.span().start() && t.span().start() < a.content().end())
                .map(a -> new Span(Math.max(clause.start(), a.content().start()),
                        Math.min(clause.end(), a.content().end())))
                .filter(s -> s.contains(t.span()))
                .orElse(clause);
    }

    /**
     * The system a trigger is about, in this order: named in its clause; the system a category noun
     * of its clause stands for ("the drones", {@link CategoryNouns}; none when two systems compete for
     * it; not when the clause names more states than seller and buyer); the earlier claim it
     * answers; for "the sale", "the deal" … the document's topic; named elsewhere in the sentence;
     * named in the sentence before. A bare noun ("talks", "agreements") looks back one sentence
     * only, unless it is negated or says "new"/"further".
     */
    private Subject subject(SentenceView v, Span scope, Span clause, Trigger t, Optional<Attribution> attribution,
            FactReader.Batch batch, EventStatus stated, DiscourseContext context) {
        Roles named = named(v, scope);
        if (t.type() == EventType.SANCTION || t.type() == EventType.WAIVER) {
            Optional<Claim> previous = context.antecedent(t.type(), v.index(), false, Roles.none(),
                    DiscourseContext.SAME_TYPE_WINDOW);
            return new Subject(Optional.empty(), Optional.empty(), Optional.empty(), previous, false);
        }
        Optional<Mention> here = roles.system(v, scope, t.span());
        if (here.isPresent()) {
            Roles withSystem = named.withSystem(here.get().entity().name());
            return Subject.named(here, context.antecedent(t.type(), v.index(), batch.later(), withSystem,
                    DiscourseContext.SAME_TYPE_WINDOW));
        }
        CategoryNouns.Reading byCategory = categoryNouns.system(v, scope, t.span());
        if (byCategory.contested()) {
            return Subject.NONE;
        }
        // a state's adjective before an unnamed category ("Australian submarine deal") may be its maker or
        // its owner: it filters the document's systems but is not taken for the seller
        Optional<CategoryNouns.Unnamed> unnamed = byCategory.unnamed()
                .filter(u -> fewParties(v, scope, Optional.empty()));
        if (unnamed.isPresent()) {
            return new Subject(Optional.empty(), Optional.of(unnamed.get().category().placeholder()),
                    Optional.empty(), Optional.empty(), false);
        }
        Optional<Mention> categorised = byCategory.system()
                .filter(m -> fewParties(v, scope, m.entity().attribute("country")));
        if (categorised.isPresent()) {
            Mention m = categorised.get();
            Optional<Claim> answered = context.antecedent(t.type(), v.index(), batch.later(),
                    named.withSystem(m.entity().name()), DiscourseContext.SAME_TYPE_WINDOW);
            return new Subject(Optional.empty(), Optional.of(m.entity().name()), m.entity().attribute("country"),
                    answered, false);
        }
        boolean anaphor = cues.in(v, clause).any("ANAPHOR");
        boolean answers = batch.later() || stated == EventStatus.DENIED || anaphor || !t.rule().noun();
        Optional<Claim> antecedent = context.antecedent(t.type(), v.index(), batch.later(), named,
                answers ? DiscourseContext.SAME_TYPE_WINDOW : 1)
                .filter(c -> partiesOf(c.roles()).containsAll(headStates(v, scope)));
        if (t.rule().noun() && cues.any("GENERIC_OBJECT", v, t.span().end(), v.span().end())) {
            return Subject.NONE;
        }
        if (antecedent.isEmpty() && anaphor) {
            antecedent = context.topic(named).map(r -> new Claim(v.index(), t.type(), r, Optional.empty(),
                    EventStatus.ASSERTED));
        }
        if (antecedent.isPresent()) {
            Roles r = antecedent.get().roles();
            return new Subject(Optional.empty(), r.system(), r.supplier(), antecedent, true);
        }
        Span wide = attribution.map(Attribution::content).filter(c -> c.contains(t.span())).orElse(v.span());
        Optional<Mention> elsewhere = roles.system(v, wide, t.span()).filter(m -> fitsClause(v, scope, m));
        if (elsewhere.isPresent()) {
            return Subject.named(elsewhere, Optional.empty());
        }
        Subject previous = previousSentenceSystem(v, scope, t, context);
        return previous.system().isPresent() || t.rule().noun() ? previous : documentTopic(v, scope, t, context);
    }

    /** A predicate with no system anywhere near it is about the document's topic, if the sentence names no one else. */
    private Subject documentTopic(SentenceView v, Span scope, Trigger t, DiscourseContext context) {
        Optional<Roles> topic = context.topic(Roles.none());
        if (topic.isEmpty() || !t.type().isTransfer()) {
            return Subject.NONE;
        }
        Roles r = topic.get();
        if (!namesOnlyPartiesOf(v, scope, r)) {
            return Subject.NONE;
        }
        Claim claim = new Claim(v.index(), t.type(), r, Optional.empty(), EventStatus.ASSERTED);
        return new Subject(Optional.empty(), r.system(), r.supplier(), Optional.of(claim), true);
    }

    /**
     * A transfer that names its parties but not the system may mean the system of the sentence just
     * before (found through the context's per-document views: no scan of the document per claim).
     */
    private Subject previousSentenceSystem(SentenceView v, Span scope, Trigger t, DiscourseContext context) {
        Optional<Mention> previous = Optional.empty();
        if (t.type().isTransfer() && !v.mentions(EntityType.COUNTRY, scope).isEmpty()) {
            Optional<SentenceView> before = context.sentenceBefore(v);
            List<Mention> weapons = before.map(b -> roles.systems(b, b.span())).orElse(List.of());
            previous = weapons.isEmpty() ? Optional.empty() : Optional.of(weapons.get(weapons.size() - 1));
            List<String> named = v.mentions(EntityType.COUNTRY, v.span()).stream().map(RoleReader::state).toList();
            previous = previous.filter(w -> w.entity().attribute("country").map(named::contains).orElse(false));
        }
        return Subject.named(previous, Optional.empty());
    }

    private Optional<Roles> parties(SentenceView v, Span scope, Trigger t, Subject subject,
            DiscourseContext context) {
        EventType type = t.type();
        Roles antecedent = subject.antecedentRoles();
        if (type == EventType.SANCTION || type == EventType.WAIVER || type == EventType.PROGRAM_EXCLUSION) {
            Optional<Roles> topic = context.topic(Roles.none());
            Roles r = roles.action(v, scope, t, subject.mention(), antecedent, topic.flatMap(Roles::supplier),
                    topic.flatMap(Roles::recipient));
            return r.actor().isPresent() && r.target().isPresent() && !r.actor().equals(r.target())
                    ? Optional.of(r) : Optional.empty();
        }
        if (subject.system().isEmpty()) {
            return Optional.empty();
        }
        if (type == EventType.TEST || type == EventType.DEPLOYMENT) {
            Roles r = roles.operator(v, scope, t.span(), subject.system().get(), subject.origin(), antecedent);
            return r.actor().isPresent() ? Optional.of(r) : Optional.empty();
        }
        Roles r = roles.transfer(v, scope, t.span(), subject.system().get(), subject.origin(), antecedent);
        boolean known = r.supplier().isPresent() || r.recipient().isPresent();
        return known && !r.supplier().equals(r.recipient()) ? Optional.of(r) : Optional.empty();
    }

    /**
     * A system named in another clause fits this one when the clause names at most one state
     * besides the system's country of origin (the buyer); "Australia will acquire submarines with
     * technology from the United States and Britain" does not fit a French system named later.
     */
    private static boolean fitsClause(SentenceView v, Span scope, Mention system) {
        Optional<String> origin = system.entity().attribute("country");
        return v.mentions(EntityType.COUNTRY, scope).stream().map(RoleReader::state)
                .filter(s -> !origin.map(s::equals).orElse(false)).distinct().count() <= 1;
    }

    /**
     * A clause that speaks of its system only by category ("supplying drones to X") is read so
     * only when it names at most one state besides the system's maker (two when the maker is not known:
     * seller and buyer; a state named as the setting, "for use in X", does not count): with more,
     * which one is the buyer is a guess the category noun cannot settle.
     */
    private boolean fewParties(SentenceView v, Span scope, Optional<String> maker) {
        return v.mentions(EntityType.COUNTRY, scope).stream().filter(m -> !roles.aside(v, m)).map(RoleReader::state)
                .filter(s -> !maker.map(s::equals).orElse(false)).distinct().count() <= (maker.isPresent() ? 1 : 2);
    }

    /** The first two states a clause names, and the state a relative clause hangs on. */
    private List<String> headStates(SentenceView v, Span clause) {
        List<String> named = new java.util.ArrayList<>(v.mentions(EntityType.COUNTRY, clause).stream()
                .map(RoleReader::state).distinct().limit(2).toList());
        relativeHead(v, clause).ifPresent(named::add);
        return named;
    }

    private Optional<String> relativeHead(SentenceView v, Span clause) {
        if (!RELATIVE.matcher(v.text(clause)).lookingAt()) {
            return Optional.empty();
        }
        List<Mention> before = v.mentions(EntityType.COUNTRY, new Span(v.span().start(), clause.start()));
        return before.isEmpty() ? Optional.empty() : Optional.of(RoleReader.state(before.get(before.size() - 1)));
    }

    private static java.util.Set<String> partiesOf(Roles r) {
        java.util.Set<String> out = new java.util.HashSet<>();
        r.supplier().ifPresent(out::add);
        r.recipient().ifPresent(out::add);
        r.actor().ifPresent(out::add);
        r.target().ifPresent(out::add);
        return out;
    }

    /**
     * True when every state named in the clause — and the state a relative clause hangs on
     * ("the United States, which provides …") — is a party of {@code roles}.
     */
    private boolean namesOnlyPartiesOf(SentenceView v, Span clause, Roles roles) {
        List<String> named = new java.util.ArrayList<>(v.mentions(EntityType.COUNTRY, clause).stream()
                .map(RoleReader::state).toList());
        relativeHead(v, clause).ifPresent(named::add);
        return named.stream()
                .allMatch(s -> roles.supplier().map(s::equals).orElse(false)
                        || roles.recipient().map(s::equals).orElse(false)
                        || roles.actor().map(s::equals).orElse(false) || roles.target().map(s::equals).orElse(false));
    }

    /**
     * The states a clause names, as roles for compatibility checks only; a state named beside the
     * transfer ({@link RoleReader#aside}: a critic, a setting, a relation) does not narrow the claim answered.
     */
    private Roles named(SentenceView v, Span scope) {
        List<String> states = v.mentions(EntityType.COUNTRY, scope).stream().filter(m -> !roles.aside(v, m))
                .map(RoleReader::state).distinct().toList();
        Roles r = Roles.none();
        if (!states.isEmpty()) {
            r = r.withSupplier(states.get(0));
        }
        if (states.size() > 1) {
            r = r.withRecipient(states.get(1));
        }
        return r;
    }
}
