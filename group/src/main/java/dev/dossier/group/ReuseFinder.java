package dev.dossier.group;

import dev.dossier.group.fingerprint.TextFolder;
import dev.dossier.model.Document;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds paragraphs and quotations that documents of different wire groups share once folded
 * (case, accents, punctuation, spelling and country variants). Exact after folding: a relayed
 * quote is usually verbatim, and a paragraph edited inside is no longer the same passage.
 */
final class ReuseFinder {
    private static final Pattern QUOTE = Pattern.compile("[\u201C\"\u00AB]([^\u201D\"\u00BB\\n]{12,})[\u201D\"\u00BB]");

    private final TextFolder folder;
    private final int paragraphMinWords;
    private final int quoteMinWords;

    ReuseFinder(TextFolder folder, int paragraphMinWords, int quoteMinWords) {
        this.folder = folder;
        this.paragraphMinWords = paragraphMinWords;
        this.quoteMinWords = quoteMinWords;
    }

    /** Shared passages; {@code wireOf} gives each document's wire component (its own id when it is no copy). */
    List<Reuse> find(List<Document> documents, Map<String, String> wireOf) {
        Map<String, List<Passage>> paragraphs = new TreeMap<>();
        Map<String, List<Passage>> quotes = new TreeMap<>();
        for (Document d : documents) {
            paragraphsOf(d).forEach(p -> add(paragraphs, d, p, paragraphMinWords));
            quotesOf(d).forEach(q -> add(quotes, d, q, quoteMinWords));
        }
        List<Reuse> reuse = new ArrayList<>();
        collect(ReuseKind.PARAGRAPH, paragraphs, wireOf, reuse);
        collect(ReuseKind.QUOTE, quotes, wireOf, reuse);
        reuse.sort(Comparator.comparing(Reuse::kind).thenComparing(r -> r.passages().get(0)));
        return reuse;
    }

    private void add(Map<String, List<Passage>> byKey, Document d, Span span, int minWords) {
        String[] words = folder.words(span.of(d.body()));
        if (words.length >= minWords) {
            byKey.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(new Passage(d.id(), span));
        }
    }

    private static void collect(ReuseKind kind, Map<String, List<Passage>> byKey, Map<String, String> wireOf,
            List<Reuse> out) {
        for (List<Passage> passages : byKey.values()) {
            long wires = passages.stream().map(p -> wireOf.getOrDefault(p.document(), p.document())).distinct().count();
            if (wires >= 2) {
                out.add(new Reuse(kind, passages.stream().sorted().toList()));
            }
        }
    }

    /** Non-blank lines of the body, trimmed. */
    static List<Span> paragraphsOf(Document d) {
        List<Span> spans = new ArrayList<>();
        String body = d.body();
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(body.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    spans.add(new Span(s, e));
                }
                start = i + 1;
            }
        }
        return spans;
    }

    /** The insides of quotation marks. */
    static List<Span> quotesOf(Document d) {
        List<Span> spans = new ArrayList<>();
        Matcher m = QUOTE.matcher(d.body());
        while (m.find()) {
            spans.add(new Span(m.start(1), m.end(1)));
        }
        return spans;
    }
}
