package dev.dossier.assertion;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.Attribution;
import dev.dossier.model.EventType;
import dev.dossier.model.Evidence;
import dev.dossier.model.MoneyMention;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.dossier.assertion.learn.LinearModel;

/**
 * Reads event claims sentence by sentence with lexicons ({@code triggers.tsv}, {@code cues.tsv},
 * {@code regimes.tsv}): a trigger gives the event type; the clause around it gives parties,
 * system, date, quantity, batch, polarity and modality; the attribution covering it gives the
 * speaker and the agency; a sentence that names no system borrows it from the claim it answers
 * earlier in the same document. Stateless and thread-safe: the lexicons are read once.
 */
public final class RuleAssertionReader implements AssertionReader {
    private static final int MIN_QUOTE = 10;
    private static final java.util.regex.Pattern ARTICLE_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:an?|the)\\s+$", java.util.regex.Pattern.CASE_INSENSITIVE);
    private final Triggers triggers;
    private final Clauses clauses;
    private final TriggerFilter filter;
    private final ClaimReader claims;
    private final Cues cues;
    private final Optional<ClassifierProposer> proposer;

    /** With the shipped classifier at the threshold its model file gives (BENCHMARKS.md has the measure). */
    public RuleAssertionReader() {
        this(ClassifierProposer.shipped());
    }

    /** With the shipped model at its own threshold: the model is read once, not once for each. */
    private RuleAssertionReader(Optional<LinearModel> shipped) {
        this(shipped, shipped.map(LinearModel::threshold).orElse(LinearModel.NEVER));
    }

    /**
     * With the learned classifier proposing events where no trigger fired when its probability reaches
     * {@code classifierThreshold} (above 1: never, the rules alone).
     */
    public RuleAssertionReader(double classifierThreshold) {
        this(ClassifierProposer.shipped(), classifierThreshold);
    }

    RuleAssertionReader(Optional<LinearModel> classifier, double classifierThreshold) {
        this.cues = Cues.load();
        this.triggers = Triggers.load();
        this.clauses = new Clauses(cues);
        this.filter = new TriggerFilter(cues);
        this.claims = new ClaimReader(cues);
        this.proposer = classifierThreshold > 1 ? Optional.empty()
                : classifier.map(m -> new ClassifierProposer(m, new SentenceSignals(triggers, cues), classifierThreshold));
    }

    @Override
    public List<Assertion> read(AnnotatedDocument document) {
        if (!document.document().ok() || document.sentences().isEmpty()) {
            return List.of();
        }
        Optional<PartialDate> published = document.document().metadata().published().map(PublicationDate::date);
        DocumentViews views = DocumentViews.of(document);
        DiscourseContext context = new DiscourseContext(DiscourseContext.documentTopic(document), views);
        List<Assertion> out = new ArrayList<>();
        for (int position = 0; position < document.sentences().size(); position++) {
            SentenceView view = views.view(position);
            if (view.span().length() >= MIN_QUOTE) {
                readSentence(view, published, context, out);
            }
        }
        return List.copyOf(DocumentParties.complete(out));
    }

    private void readSentence(SentenceView view, Optional<PartialDate> published, DiscourseContext context,
            List<Assertion> out) {
        List<Span> parts = clauses.of(view);
        List<Trigger> found = triggers.find(view);
        List<Trigger> kept = filter.keep(view, parts, found);
        if (kept.isEmpty() && proposer.isPresent()) {
            kept = proposer.get().propose(view, found).map(List::of).orElse(List.of());
        }
        List<Draft> drafts = new ArrayList<>();
        for (Trigger trigger : kept) {
            for (Draft draft : claims.read(view, parts, trigger, kept, context, published)) {
                drafts.add(draft);
                context.add(new Claim(view.index(), draft.type(), draft.roles(), draft.batch(), draft.status()));
            }
        }
        List<Draft> valued = productionAward(view, drafts) ? undatedContracts(drafts) : withMoney(view, drafts);
        for (int i = 0; i < valued.size(); i++) {
            out.add(toAssertion(view, valued.get(i), i));
        }
    }

    /**
     * "The maker has been awarded an order from the U.S. Army worth $1.1 billion to deliver the tanks
     * to Poland": a production order from the supplier's own state (named, or an arm of it), placed
     * inside the sale between the two states; neither its day nor its sum is the sale's.
     */
    private boolean productionAward(SentenceView view, List<Draft> drafts) {
        for (Mention m : view.mentions()) {
            Optional<String> of = m.entity().type() == EntityType.COUNTRY ? Optional.of(RoleReader.state(m))
                    : m.entity().type() == EntityType.ORGANISATION ? m.entity().attribute("country") : Optional.empty();
            if (of.isEmpty()) {
                continue;
            }
            String state = of.get();
            if (cues.any("AWARD_FROM", view, view.span().start(), m.span().start()) && drafts.stream().anyMatch(d -> d.type() == EventType.CONTRACT_SIGNED
                    && d.roles().supplier().map(state::equals).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    private static List<Draft> undatedContracts(List<Draft> drafts) {
        return drafts.stream().map(d -> d.type() == EventType.CONTRACT_SIGNED ? d.undated() : d).toList();
    }

    /**
     * A sentence's money goes to its contract claim, else to its first other transfer claim; a
     * figure the sentence calls a ceiling ("the upper limit of numerous contracts") is no deal's price.
     */
    private List<Draft> withMoney(SentenceView view, List<Draft> drafts) {
        Optional<MoneyMention> money = view.money().stream().findFirst();
        if (money.isEmpty() || cues.in(view, view.span()).any("CEILING")) {
            return drafts;
        }
        boolean dealValue = cues.in(view, view.span()).any("VALUE");
        int target = -1;
        for (int i = 0; i < drafts.size() && target < 0; i++) {
            target = drafts.get(i).type() == EventType.CONTRACT_SIGNED ? i : -1;
        }
        for (int i = 0; i < drafts.size() && target < 0; i++) {
            EventType type = drafts.get(i).type();
            target = dealValue && type.isTransfer() && type != EventType.PAYMENT ? i : -1;
        }
        List<Draft> out = new ArrayList<>(drafts);
        if (target >= 0) {
            out.set(target, drafts.get(target).withValue(money.get().money()));
        }
        return out;
    }

    /**
     * An organisation as the article names it, with its canonical name when that differs
     * ("Nexter (KNDS)"), so that a reader finds the speaker in the quote.
     */
    private static String asWritten(SentenceView view, String name) {
        return view.mentions().stream()
                .filter(m -> m.entity().name().equals(name) && m.entity().type() != EntityType.PERSON
                        && m.entity().type() != EntityType.COUNTRY)
                .map(Mention::text).filter(text -> !text.equalsIgnoreCase(name)).findFirst()
                .map(text -> text + " (" + name + ")").orElse(name);
    }

    /**
     * "A Moscow business daily reported": a capital or state written as the modifier of the speaking
     * noun is not the speaker; the whole noun phrase up to the speech verb is.
     */
    private static Optional<String> placeModifiedSpeaker(SentenceView view, Attribution a, String who) {
        for (Mention m : view.mentions(EntityType.COUNTRY, view.span())) {
            if (!m.entity().name().equals(who) || m.span().end() >= a.cue().start() || a.content().contains(m.span())) {
                continue;
            }
            String between = view.body().substring(m.span().end(), a.cue().start());
            if (between.isBlank() || !between.matches("(?:\\s+[\\p{L}-]+){1,4}\\s*")) {
                continue;
            }
            int start = m.span().start();
            String before = view.body().substring(Math.max(view.span().start(), start - 4), start);
            java.util.regex.Matcher article = ARTICLE_BEFORE.matcher(before);
            if (article.find()) {
                start -= before.length() - article.start();
            }
            return Optional.of(view.body().substring(start, a.cue().start()).trim());
        }
        return Optional.empty();
    }

    /**
     * A person who opens the reported stretch with a speech verb and "that" before the trigger ("X
     * warned officials that …, according to people who have seen the letter") is the speaker.
     */
    private Optional<String> innerSpeaker(SentenceView view, Attribution a, Span trigger) {
        Span content = a.content();
        if (a.direct() || !content.contains(trigger) || trigger.start() <= content.start()) {
            return Optional.empty();
        }
        Optional<java.util.regex.Matcher> speech = cues.in(view, content.start(), trigger.start()).matchers("INNER_SPEECH")
                .stream().filter(java.util.regex.Matcher::find).findFirst();
        if (speech.isEmpty()) {
            return Optional.empty();
        }
        Span subject = new Span(content.start(), content.start() + speech.get().start());
        return view.mentions(EntityType.PERSON, subject).stream().findFirst().map(m -> m.entity().name());
    }

    private Assertion toAssertion(SentenceView view, Draft d, int n) {
        Optional<Attribution> a = d.attribution();
        Optional<String> inner = a.flatMap(x -> innerSpeaker(view, x, d.trigger().span()));
        Optional<String> outer = a.flatMap(x -> x.speaker().or(x::description)).map(who -> asWritten(view, who))
                .map(who -> a.flatMap(x -> placeModifiedSpeaker(view, x, who)).orElse(who));
        Optional<String> via = inner.isPresent() ? outer : a.flatMap(Attribution::via).map(w -> asWritten(view, w));
        Stance stance = inner.isPresent() && d.stance() == Stance.HEDGES ? Stance.ASSERTS : d.stance();
        Evidence evidence = new Evidence(view.document().document().id(), view.span(), view.text(), stance,
                inner.or(() -> outer), via, d.trigger().rule().rule());
        String id = view.document().document().id() + "-s" + view.index() + "-" + n;
        return new Assertion(id, d.type(), d.roles(), d.date(), d.dateNote(), d.quantity(), d.value(), d.status(),
                d.batch(), evidence);
    }
}
