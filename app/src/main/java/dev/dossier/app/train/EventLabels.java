package dev.dossier.app.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.assertion.SentenceSignals;
import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distant labels for the event classifier. A sentence of a document a gold event cites is labelled with
 * the event's type when (1) it names the event's system (a weapon mention of that designation, or one of
 * the gold's names for it in the text) or one of its parties (a country mention), and (2) it carries a
 * cue of that type ({@code label-cues.tsv}) or a trigger of that type fired. When several gold events
 * qualify, the one whose cue comes first in the sentence wins. Every other sentence of a gold document
 * that names a country or a weapon is NONE (the proposer only ever asks such sentences); sentences
 * that name neither are left out.
 */
public final class EventLabels {
    public static final String NONE = "NONE";
    private final Map<String, Pattern> cues;
    private final SentenceSignals signals = new SentenceSignals();

    private EventLabels(Map<String, Pattern> cues) {
        this.cues = Map.copyOf(cues);
    }

    public static EventLabels load() {
        Map<String, Pattern> cues = new LinkedHashMap<>();
        String name = "/dev/dossier/app/train/label-cues.tsv";
        try (InputStream in = EventLabels.class.getResourceAsStream(name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", 2);
                    cues.put(cells[0].strip(), Pattern.compile(cells[1], Pattern.CASE_INSENSITIVE
                            | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new EventLabels(cues);
    }

    /** The labelled sentences of one document; {@code events} are the gold events that cite it. */
    public List<Labelled> label(String file, String story, AnnotatedDocument doc, List<JsonNode> events) {
        List<Labelled> out = new ArrayList<>();
        for (SentenceSignals.Read read : signals.read(doc)) {
            List<Mention> mentions = doc.mentions().stream().filter(m -> read.span().contains(m.span())).toList();
            boolean named = mentions.stream().anyMatch(m -> m.entity().type() == EntityType.COUNTRY
                    || m.entity().type() == EntityType.WEAPON) || read.signals().weapons() > 0;
            if (!named) {
                continue;
            }
            Optional<JsonNode> event = labelOf(read, mentions, events);
            String label = event.map(g -> g.path("type").asText()).orElse(NONE);
            out.add(new Labelled(file, read.span().start(), read.span().end(), story, label,
                    event.map(EventLabels::modality).orElse(""), read.signals()));
        }
        return out;
    }

    /**
     * A gold status as a sentence's modality: none given is asserted; speculative and reported are
     * hedged; disputed and partial say nothing about one sentence ("").
     */
    static String modality(JsonNode event) {
        String status = event.path("status").asText("asserted");
        return switch (status) {
            case "asserted", "planned", "denied" -> status;
            case "speculative", "reported" -> "hedged";
            default -> "";
        };
    }

    private Optional<JsonNode> labelOf(SentenceSignals.Read read, List<Mention> mentions, List<JsonNode> events) {
        String text = read.signals().text();
        JsonNode best = null;
        int bestAt = Integer.MAX_VALUE;
        for (JsonNode g : events) {
            String type = g.path("type").asText();
            if (!namesSystemOrParty(text, mentions, g)) {
                continue;
            }
            int at = cueAt(type, text);
            if (at < 0 && read.signals().triggerTypes().contains(type)) {
                at = text.length();
            }
            if (at >= 0 && at < bestAt) {
                best = g;
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    private int cueAt(String type, String text) {
        Pattern p = cues.get(type);
        if (p == null) {
            return -1;
        }
        Matcher m = p.matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static boolean namesSystemOrParty(String text, List<Mention> mentions, JsonNode g) {
        Set<String> parties = new LinkedHashSet<>();
        for (String role : List.of("supplier", "recipient", "actor", "target")) {
            if (g.hasNonNull(role)) {
                parties.add(key(g.get(role).asText()));
            }
        }
        List<String> systems = new ArrayList<>();
        if (g.hasNonNull("system") && !g.get("system").asText().equals("*")) {
            systems.add(g.get("system").asText());
        }
        g.path("system_aliases").forEach(a -> systems.add(a.asText()));
        for (Mention m : mentions) {
            String name = key(m.entity().name());
            if (m.entity().type() == EntityType.COUNTRY && parties.contains(name)) {
                return true;
            }
            if (m.entity().type() == EntityType.WEAPON && systems.stream().map(EventLabels::key)
                    .anyMatch(s -> !s.isEmpty() && name.startsWith(s))) {
                return true;
            }
        }
        String folded = fold(text);
        return systems.stream().map(EventLabels::fold).anyMatch(s -> s.length() >= 3 && folded.contains(s));
    }

    private static String key(String name) {
        return fold(name).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
