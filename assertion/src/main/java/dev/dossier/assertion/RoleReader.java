package dev.dossier.assertion;

import dev.dossier.model.EntityType;
import dev.dossier.model.EventType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Roles;
import dev.dossier.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives an event its parties from the states, organisations and weapons around its trigger:
 * supplier and recipient for transfers, actor and target for sanctions, waivers, exclusions,
 * tests and deployments. Role cues ("to X", "from X", "sanctions on X") come from the lexicon.
 */
final class RoleReader {
    private static final int CUE_WINDOW = 40;
    private static final int ACTOR_REACH = 25;
    private static final int REPLACED_WINDOW = 80;
    private static final Pattern COORDINATION = Pattern.compile(
            "[^.;:]{0,40}?(?:,|\\band\\b|\\bas\\s+well\\s+as\\b)\\s*(?:\\S+\\s+){0,3}", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s?\\b");
    /**
     * Between a sanction and a state: its cause ("sanctions for buying jets from X", "sanctions over
     * purchases from X"): the state is the seller of what is punished, not who sanctions.
     */
    private static final Pattern CAUSE_BETWEEN = Pattern.compile("\\b(?:for|over|because|after)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The end of a quotation ("…,” she said"). */
    private static final Pattern QUOTE_CLOSE = Pattern.compile("[”»\"]\\s*[,.!?]?\\s*\\S");
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:be|been|being|is|are|was|were)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A trigger that opens with an -ing verb: after "is" it is progressive ("is levying sanctions"), not passive. */
    private static final Pattern PROGRESSIVE = Pattern.compile("\\p{L}+ing\\b", Pattern.CASE_INSENSITIVE);
    /** A pronoun or possessive that refers back to a state named earlier (English, German, Spanish, French, Polish). */
    private static final Pattern PRONOUN = Pattern.compile(
            "\\b(?:it|its|they|their|sein|seine|seinen|seiner|seines|ihre|ihren|ihrer|su|sus|son|sa|ses|leur|leurs|jego|swoje|swoich)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private final Cues cues;

    RoleReader(Cues cues) {
        this.cues = cues;
    }

    /**
     * Weapon mentions in {@code range} that name a system rather than modify a noun ("the F-35's
     * predecessor") or name the one being replaced, without those that only ride along ("together with the first K9s") when another is named.
     */
    List<Mention> systems(SentenceView v, Span range) {
        List<Mention> all = v.mentions(EntityType.WEAPON, range).stream().filter(m -> !possessive(v, m))
                .filter(m -> !replaced(v, m)).toList();
        List<Mention> leading = all.stream().filter(m -> !cueBefore(v, m, "COMPANION_BEFORE", null)).toList();
        return leading.isEmpty() ? all : leading;
    }

    /** The system a trigger is about: the nearest after it, else the nearest before it. */
    Optional<Mention> system(SentenceView v, Span range, Span trigger) {
        List<Mention> all = systems(v, range);
        Optional<Mention> after = all.stream().filter(m -> m.span().start() >= trigger.start()).findFirst();
        return after.or(() -> all.stream().filter(m -> m.span().start() < trigger.start())
                .reduce((first, second) -> second));
    }

    /**
     * Further systems coordinated with {@code first} after it ("180 K2 tanks and 212 K9 howitzers"):
     * each joined to the one before by "and" or a comma, with no other trigger in between.
     */
    List<Mention> coordinated(SentenceView v, Span scope, Mention first, List<Span> otherTriggers) {
        List<Mention> out = new java.util.ArrayList<>();
        Mention previous = first;
        for (Mention next : systems(v, scope)) {
            if (next.span().start() < previous.span().end() || next.entity().name().equals(first.entity().name())
                    || out.stream().anyMatch(m -> m.entity().name().equals(next.entity().name()))) {
                continue;
            }
            String gap = v.body().substring(previous.span().end(), next.span().start());
            Mention from = previous;
            boolean joined = COORDINATION.matcher(gap).matches() && otherTriggers.stream()
                    .noneMatch(o -> o.start() >= from.span().end() && o.end() <= next.span().start());
            if (!joined) {
                break;
            }
            out.add(next);
            previous = next;
        }
        return out;
    }

    Roles transfer(SentenceView v, Span scope, Span trigger, String system, Optional<String> origin,
            Roles antecedent) {
        List<Mention> states = v.mentions(EntityType.COUNTRY, scope).stream()
                .filter(m -> !modifiesOtherSystem(v, m, system) && !aside(v, m) && !inSpeechFrame(v, m, trigger))
                .toList();
        String supplier = origin
                .or(() -> states.stream().filter(m -> cueBefore(v, m, "SUPPLIER_BEFORE", null)
                        && !cueBefore(v, m, "SUPPLIER_BEFORE", "with")).findFirst().map(RoleReader::state))
                .or(() -> states.stream().filter(m -> cueAfter(v, m, "SUPPLIER_AFTER")).findFirst().map(RoleReader::state))
                .or(() -> cued(v, states, "SUPPLIER_BEFORE", "with").map(RoleReader::state))
                .or(() -> besideSystem(v, states, system))
                .or(antecedent::supplier).orElse(null);
        java.util.Set<String> bystanders = v.mentions(EntityType.COUNTRY, scope).stream()
                .filter(m -> aside(v, m) || inSpeechFrame(v, m, trigger)).map(RoleReader::state)
                .filter(s -> states.stream().noneMatch(m -> state(m).equals(s)))
                .collect(java.util.stream.Collectors.toSet());
        String recipient = recipient(v, scope, trigger, states, supplier, antecedent.withRecipient(
                antecedent.recipient().filter(r -> !bystanders.contains(r)).orElse(null)));
        Roles roles = Roles.none().withSupplier(supplier).withRecipient(recipient).withSystem(system);
        return withOrganisations(v, scope, roles);
    }

    /**
     * The buyer: a state with a recipient cue ("to X", "X received"), else the first other state
     * in the clause, else — when the clause says "it"/"its" — the last state before the clause,
     * else the party of the claim this one answers, else the first other state in the sentence.
     */
    private String recipient(SentenceView v, Span scope, Span trigger, List<Mention> states, String supplier,
            Roles antecedent) {
        List<Mention> others = states.stream().filter(m -> !state(m).equals(supplier)).toList();
        Optional<Mention> cued = others.stream()
                .filter(m -> cueBefore(v, m, "RECIPIENT_BEFORE", null) || cueAfter(v, m, "RECIPIENT_AFTER"))
                .findFirst();
        return cued.or(() -> others.stream().findFirst()).map(RoleReader::state)
                .or(() -> pronounReferent(v, scope, trigger, supplier))
                .or(() -> antecedent.recipient().filter(r -> !r.equals(supplier)))
                .or(() -> v.mentions(EntityType.COUNTRY, v.span()).stream()
                        .filter(m -> !modifiesOtherSystem(v, m, "") && !aside(v, m) && !inSpeechFrame(v, m, trigger))
                        .map(RoleReader::state)
                        .filter(s -> !s.equals(supplier)).findFirst())
                .orElse(null);
    }

    /**
     * A state the clause names beside its transfer, not as a party: the setting of a war ("the war in
     * X", "as X wages a war in"), a rejected or preferred alternative ("in favour of X"), the former
     * user of second-hand equipment ("formerly flown by X"), a dateline.
     */
    boolean aside(SentenceView v, Mention m) {
        return cueBefore(v, m, "SETTING_BEFORE", null) || cueAfter(v, m, "SETTING_AFTER")
                || cueBefore(v, m, "ALTERNATIVE_BEFORE", null) || cueBefore(v, m, "FORMER_OPERATOR_BEFORE", null)
                || dateline(v, m);
    }

    /**
     * "“… the missiles it is receiving,” the minister said at a news conference in X": a state named
     * after the speech cue that closes the quote holding the trigger is a circumstance of the statement
     * (where it was made, beside whom), never a party to the transfer quoted.
     */
    private static boolean inSpeechFrame(SentenceView v, Mention m, Span trigger) {
        return v.attributions().stream().anyMatch(a -> a.cue().start() >= trigger.end()
                && m.span().start() >= a.cue().end()
                && QUOTE_CLOSE.matcher(v.body().substring(trigger.end(), a.cue().start())).find());
    }

    /** "SINGAPORE – The minister said …": the place a report was filed from, opening the sentence. */
    private boolean dateline(SentenceView v, Mention m) {
        return v.body().substring(v.span().start(), m.span().start()).isBlank() && cueAfter(v, m, "DATELINE_AFTER");
    }

    /** "… after it took delivery": the last state named before the clause. */
    private Optional<String> pronounReferent(SentenceView v, Span scope, Span trigger, String supplier) {
        String before = v.body().substring(scope.start(), Math.max(scope.start(), trigger.start()));
        if (!PRONOUN.matcher(before).find()) {
            return Optional.empty();
        }
        List<Mention> earlier = v.mentions(EntityType.COUNTRY, new Span(v.span().start(), scope.start())).stream()
                .filter(m -> !state(m).equals(supplier)).toList();
        return earlier.isEmpty() ? Optional.empty() : Optional.of(state(earlier.get(earlier.size() - 1)));
    }

    /** Actor and target of a sanction, waiver or programme exclusion; in the passive the subject is the target. */
    Roles action(SentenceView v, Span scope, Trigger trigger, Optional<Mention> system, Roles antecedent,
            Optional<String> topicSupplier, Optional<String> topicBuyer) {
        List<Mention> states = v.mentions(EntityType.COUNTRY, scope);
        boolean passive = PASSIVE_BEFORE.matcher(v.body().substring(v.span().start(), trigger.span().start())).find()
                && !PROGRESSIVE.matcher(v.text(trigger.span())).lookingAt();
        Optional<String> target = targeted(v, scope)
                .or(() -> passive ? stateBefore(v, trigger, Optional.empty(), true) : Optional.empty());
        Optional<String> actor = states.stream()
                .filter(m -> m.span().start() >= trigger.span().end()
                        && m.span().start() - trigger.span().end() <= ACTOR_REACH
                        && cueBefore(v, m, "ACTOR_BEFORE", null)
                        && !CAUSE_BETWEEN.matcher(v.body().substring(trigger.span().end(), m.span().start())).find())
                .findFirst().map(RoleReader::state)
                .or(() -> regime(v))
                .or(() -> trigger.type() == EventType.PROGRAM_EXCLUSION
                        ? system.flatMap(m -> m.entity().attribute("country")) : Optional.empty())
                .or(() -> passive ? Optional.empty() : stateBefore(v, trigger, target, !trigger.rule().noun()))
                .or(() -> passive || trigger.rule().noun() ? Optional.empty() : bodyBefore(v, trigger, target))
                .or(antecedent::actor);
        String actorName = actor.orElse(null);
        String seller = topicSupplier.orElse(null);
        List<Mention> before = v.mentions(EntityType.COUNTRY, new Span(v.span().start(), trigger.span().start()));
        String targetName = target
                .or(() -> lastOther(before, actorName, seller))
                .or(() -> topicBuyer.filter(r -> !r.equals(actorName)))
                .or(() -> antecedent.target().filter(r -> !r.equals(actorName)))
                .or(() -> firstOther(states, actorName, seller))
                .orElse(null);
        return Roles.none().withActor(actorName).withTarget(targetName)
                .withSystem(system.map(m -> m.entity().name()).orElse(null));
    }

    /**
     * The first state with a target cue ("sanctions on X"), or the state of a targeted state body
     * ("sanctions on the Chinese military"), whichever the clause names first.
     */
    private Optional<String> targeted(SentenceView v, Span scope) {
        return v.mentions().stream().filter(m -> scope.contains(m.span()))
                .filter(m -> m.entity().type() == EntityType.COUNTRY || m.entity().type() == EntityType.ORGANISATION
                        && m.entity().attribute("country").isPresent())
                .filter(m -> cueBefore(v, m, "TARGET_BEFORE", null)).findFirst()
                .map(m -> m.entity().type() == EntityType.COUNTRY ? state(m) : m.entity().attribute("country").get());
    }

    /**
     * The operator of a test or deployment (never the maker written as the weapon's adjective,
     * "Iranian drones were used", nor the seller, "bought from X", nor the state attacked, "used drones
     * to attack X", nor the setting):
     * a state after "by", else the state accused of the act ("accused X of using"), else the first
     * state other than the maker, else the referent of "its"/"their" ("denied its forces had used
     * …"), else the first state left.
     */
    Roles operator(SentenceView v, Span scope, Span trigger, String system, Optional<String> origin,
            Roles antecedent) {
        List<Mention> states = v.mentions(EntityType.COUNTRY, scope).stream()
                .filter(m -> !(m.kind() == MentionKind.DEMONYM && origin.map(state(m)::equals).orElse(false)))
                .filter(m -> !cueBefore(v, m, "ATTACKED_BEFORE", null) && !aside(v, m)
                        && !(cueBefore(v, m, "SUPPLIER_BEFORE", null) && !cueBefore(v, m, "ACTOR_BEFORE", "by")))
                .toList();
        String actor = cued(v, states, "ACTOR_BEFORE", "by").map(RoleReader::state)
                .or(() -> cued(v, states, "ACCUSED_BEFORE", null).map(RoleReader::state))
                .or(() -> states.stream().map(RoleReader::state).filter(s -> origin.map(o -> !o.equals(s)).orElse(true))
                        .findFirst())
                .or(() -> pronounReferent(v, scope, trigger, origin.orElse(null)))
                .or(() -> states.stream().map(RoleReader::state).findFirst())
                .or(antecedent::recipient)
                .orElse(null);
        return Roles.none().withActor(actor).withSystem(system);
    }

    private Optional<String> regime(SentenceView v) {
        String text = v.text();
        return cues.regimes().stream().filter(r -> r.pattern().matcher(text).find()).map(Cues.Regime::actor)
                .findFirst();
    }

    /** The state nearest before the trigger: anywhere before a verb, right before a noun ("US sanctions"). */
    private Optional<String> stateBefore(SentenceView v, Trigger trigger, Optional<String> target, boolean verb) {
        List<Mention> before = v.mentions(EntityType.COUNTRY, new Span(v.span().start(), trigger.span().start()));
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            String gap = v.body().substring(m.span().end(), trigger.span().start());
            String words = gap.trim();
            boolean close = (words.isEmpty() || words.split("\\s+").length <= 1)
                    && !words.matches("(?i).*(?:,|\\band\\b|\\bor\\b).*");
            if ((verb || close) && !target.map(t -> t.equals(state(m))).orElse(false)) {
                return Optional.of(state(m));
            }
        }
        return Optional.empty();
    }

    /** "The Treasury Department is levying sanctions": the state of the state body that is the verb's subject. */
    private static Optional<String> bodyBefore(SentenceView v, Trigger trigger, Optional<String> target) {
        List<Mention> bodies = v.mentions(EntityType.ORGANISATION, new Span(v.span().start(), trigger.span().start()))
                .stream().filter(m -> m.entity().attribute("country").isPresent()).toList();
        return bodies.isEmpty() ? Optional.empty() : bodies.get(bodies.size() - 1).entity().attribute("country")
                .filter(c -> !target.map(c::equals).orElse(false));
    }

    /** The nearest state before the trigger that is neither the actor nor the seller. */
    private static Optional<String> lastOther(List<Mention> states, String actor, String seller) {
        List<String> names = states.stream().map(RoleReader::state)
                .filter(s -> !Objects.equals(s, actor) && !Objects.equals(s, seller)).toList();
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(names.size() - 1));
    }

    /** The first state that is neither the actor nor the seller whose sale the sanction would punish. */
    private static Optional<String> firstOther(List<Mention> states, String actor, String seller) {
        return states.stream().map(RoleReader::state)
                .filter(s -> !Objects.equals(s, actor) && !Objects.equals(s, seller)).findFirst();
    }

    /** A state written right before another system ("the US Patriot" when the event is about another system). */
    private static boolean modifiesOtherSystem(SentenceView v, Mention state, String system) {
        return v.mentions(EntityType.WEAPON, v.span()).stream().anyMatch(w -> !w.entity().name().equals(system)
                && w.span().start() - state.span().end() >= 0 && w.span().start() - state.span().end() <= 3);
    }

    /** A state written right before the system ("Russian S-400", "Russia's S-400"). */
    private Optional<String> besideSystem(SentenceView v, List<Mention> states, String system) {
        for (Mention weapon : v.mentions(EntityType.WEAPON, v.span())) {
            if (!weapon.entity().name().equals(system)) {
                continue;
            }
            for (Mention s : states) {
                int gap = weapon.span().start() - s.span().end();
                if (gap >= 0 && gap <= 3) {
                    return Optional.of(state(s));
                }
            }
        }
        return Optional.empty();
    }

    private Roles withOrganisations(SentenceView v, Span scope, Roles roles) {
        Roles out = roles;
        for (Mention org : v.mentions(EntityType.ORGANISATION, scope)) {
            Optional<String> country = org.entity().attribute("country");
            if (out.supplierOrg().isEmpty() && country.isPresent() && country.equals(roles.supplier())) {
                out = out.withSupplierOrg(org.entity().name());
            } else if (out.recipientOrg().isEmpty() && country.isPresent() && country.equals(roles.recipient())) {
                out = out.withRecipientOrg(org.entity().name());
            }
        }
        return out;
    }

    /** The first state whose preceding text ends with a cue of {@code kind} (containing {@code word}, if given). */
    private Optional<Mention> cued(SentenceView v, List<Mention> states, String kind, String word) {
        return states.stream().filter(m -> cueBefore(v, m, kind, word)).findFirst();
    }

    private boolean cueBefore(SentenceView v, Mention m, String kind, String word) {
        int from = Math.max(v.span().start(), m.span().start() - CUE_WINDOW);
        Cues.Stretch before = cues.in(v, from, m.span().start());
        for (var matcher : before.matchers(kind)) {
            if (matcher.find() && (word == null || before.text().substring(matcher.start(), matcher.end()).trim()
                    .toLowerCase(java.util.Locale.ROOT).startsWith(word))) {
                return true;
            }
        }
        return false;
    }

    private boolean cueAfter(SentenceView v, Mention m, String kind) {
        int to = Math.min(v.span().end(), m.span().end() + CUE_WINDOW);
        return cues.any(kind, v, m.span().end(), to);
    }

    /** "to replace its ageing F-5 and Mirage jets": a system being replaced is not the one the clause is about. */
    private boolean replaced(SentenceView v, Mention m) {
        int from = Math.max(v.span().start(), m.span().start() - REPLACED_WINDOW);
        return cues.any("REPLACED_BEFORE", v, from, m.span().start());
    }

    private static boolean possessive(SentenceView v, Mention m) {
        int to = Math.min(v.body().length(), m.span().end() + 3);
        return POSSESSIVE_AFTER.matcher(v.body().substring(m.span().end(), to)).find();
    }

    static String state(Mention m) {
        return m.entity().name();
    }
}
