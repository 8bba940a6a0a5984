package dev.dossier.reconcile;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Deal;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventSource;
import dev.dossier.model.EventType;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links a sanction, waiver or programme exclusion to the deal that caused it when a text says
 * so: its sentence names the deal's system, or says "in response", "led to" … right after a
 * sentence that names it. The target must be the deal's recipient.
 */
final class DealLinker {
    private static final Set<EventType> ACTIONS = EnumSet.of(EventType.SANCTION, EventType.WAIVER,
            EventType.PROGRAM_EXCLUSION);
    private static final int SENTENCES_BACK = 2;
    private final List<Pattern> causal;

    DealLinker() {
        this.causal = load();
    }

    /** Where in {@code deals} the deal that caused {@code event} is, if any: the first it links to. */
    Optional<Integer> link(Event event, Deals deals, Map<String, AnnotatedDocument> documents) {
        if (!ACTIONS.contains(event.type()) || event.roles().target().isEmpty()) {
            return Optional.empty();
        }
        String target = Keys.fold(event.roles().target().get());
        Set<String> said = null;
        for (int i = 0; i < deals.recipients.length; i++) {
            if (deals.recipients[i] != null && deals.recipients[i].equals(target)) {
                if (said == null) {
                    said = systemsSaid(event, documents);
                }
                if (said.contains(deals.systems[i])) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The keys of deals an action may be linked to, worked out once for all the actions (a big
     * corpus has hundreds of deals and thousands of actions): per deal, its folded recipient (null
     * for a deal that follows another, which no action is linked to) and its system key.
     */
    static final class Deals {
        private final String[] recipients;
        private final String[] systems;

        Deals(List<Deal> deals) {
            recipients = new String[deals.size()];
            systems = new String[deals.size()];
            for (int i = 0; i < deals.size(); i++) {
                Deal deal = deals.get(i);
                recipients[i] = deal.follows().isEmpty() ? Keys.fold(deal.recipient()) : null;
                systems[i] = Keys.system(deal.system());
            }
        }
    }

    /**
     * The systems an event's sources speak of: those each source's sentence names, and those named
     * in the sentences just before it when it says it is a response to something. Worked out once
     * per event, then looked up for each deal (an event of a big corpus meets hundreds of deals).
     */
    private Set<String> systemsSaid(Event event, Map<String, AnnotatedDocument> documents) {
        Set<String> said = new HashSet<>();
        for (EventSource source : event.sources()) {
            AnnotatedDocument doc = documents.get(source.evidence().document());
            if (doc == null) {
                continue;
            }
            Span span = source.evidence().span();
            said.addAll(systemsNamed(doc, span));
            if (causal.stream().anyMatch(p -> p.matcher(source.evidence().quote()).find())) {
                before(doc, span).forEach(s -> said.addAll(systemsNamed(doc, s)));
            }
        }
        return said;
    }

    /** The system keys of the weapons mentioned within {@code range}. */
    private static Set<String> systemsNamed(AnnotatedDocument doc, Span range) {
        Set<String> systems = new HashSet<>();
        for (var m : doc.mentions()) {
            if (m.entity().type() == EntityType.WEAPON && range.contains(m.span())) {
                systems.add(Keys.system(m.entity().name()));
            }
        }
        return systems;
    }

    private static List<Span> before(AnnotatedDocument doc, Span span) {
        List<Span> out = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).span().overlaps(span)) {
                for (int k = Math.max(0, i - SENTENCES_BACK); k < i; k++) {
                    out.add(sentences.get(k).span());
                }
            }
        }
        return out;
    }

    private static List<Pattern> load() {
        List<Pattern> out = new ArrayList<>();
        try (InputStream in = DealLinker.class.getResourceAsStream("causal-cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource causal-cues.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(Pattern.compile(line.trim(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read causal-cues.tsv", e);
        }
        return out;
    }
}
