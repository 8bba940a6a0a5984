package dev.dossier.group;

import dev.dossier.group.fingerprint.TextFolder;
import dev.dossier.model.Document;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds paragraphs and quotations that documents of different wire groups share once folded
 * (case, accents, punctuation, spelling and country variants). A paragraph must be the same
 * after folding; quotations are joined when they share a run of {@code quoteMinWords} words, so
 * that a fragment of a longer quote relayed elsewhere still counts.
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
        List<Passage> quotes = new ArrayList<>();
        List<String[]> quoteWords = new ArrayList<>();
        for (Document d : documents) {
            paragraphsOf(d).forEach(p -> add(paragraphs, d, p, paragraphMinWords));
            for (Span q : quotesOf(d)) {
                String[] words = folder.words(q.of(d.body()));
                if (words.length >= quoteMinWords) {
                    quotes.add(new Passage(d.id(), q));
                    quoteWords.add(words);
                }
            }
        }
        List<Reuse> reuse = new ArrayList<>();
        collect(ReuseKind.PARAGRAPH, paragraphs, wireOf, reuse);
        collect(ReuseKind.QUOTE, sharingAWindow(quotes, quoteWords), wireOf, reuse);
        reuse.sort(Comparator.comparing(Reuse::kind).thenComparing(r -> r.passages().get(0)));
        return reuse;
    }

    private void add(Map<String, List<Passage>> byKey, Document d, Span span, int minWords) {
        String[] words = folder.words(span.of(d.body()));
        if (words.length >= minWords) {
            byKey.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(new Passage(d.id(), span));
        }
    }

    /**
     * Quotations grouped when they share a run of {@code quoteMinWords} folded words, so that a
     * relayed fragment of a longer quote still counts. Keyed by the group's first passage.
     */
    private Map<String, List<Passage>> sharingAWindow(List<Passage> quotes, List<String[]> words) {
        int[] parent = new int[quotes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWithWindow = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            String[] w = words.get(i);
            for (int start = 0; start + quoteMinWords <= w.length; start++) {
                String window = String.join(" ", Arrays.asList(w).subList(start, start + quoteMinWords));
                Integer first = firstWithWindow.putIfAbsent(window, i);
                if (first != null) {
                    parent[root(parent, i)] = root(parent, first);
                }
            }
        }
        Map<String, List<Passage>> groups = new TreeMap<>();
        Map<Integer, String> keyOfRoot = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            String key = keyOfRoot.computeIfAbsent(root(parent, i), r -> quotes.get(r).toString());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(quotes.get(i));
        }
        return groups;
    }

    private static int root(int[] parent, int x) {
        while (parent[x] != x) {
            x = parent[x];
        }
        return x;
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
