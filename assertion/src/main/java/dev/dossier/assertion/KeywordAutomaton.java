package dev.dossier.assertion;

import dev.dossier.assertion.learn.IntArrays;
import dev.dossier.nlp.text.Fold;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One Aho–Corasick automaton over the anchors of many patterns: a single pass over a text's
 * {@link Fold#caseFold folded} chars tells which patterns have one of their anchors in it (and so
 * may match), or where each anchor occurs ({@link #hits}), so that any stretch of the text can be asked
 * later without another pass. A pattern without anchors is always a candidate. Immutable and
 * thread-safe once built.
 */
final class KeywordAutomaton {
    private static final int ASCII = 0x80;
    private final char[][] edgeChars;
    private final int[][] edgeTargets;
    private final int[] failure;
    private final BitSet[] outputs;
    /** Per state, the anchors (by id) that end there, its own and those its failure links reach. */
    private final int[][] anchorsEndingAt;
    private final int[] anchorLength;
    private final BitSet[] anchorPatterns;
    private final BitSet always;
    /**
     * Every state's transition on every ASCII char, failure links already followed ({@code state * width +
     * column[c]}): the text is mostly ASCII, and a table look-up per char is much cheaper than searching
     * edges and links. Only the ASCII chars that occur in some anchor have a column of their own; every
     * other char leads back to the root from any state, as column 0 does. That keeps the table small
     * enough to stay in the processor's caches.
     */
    private final int[] asciiNext;
    private final int[] column = new int[ASCII];
    private final int width;

    /** {@code anchors.get(i)}: the anchors of pattern {@code i}, already folded; empty: pattern {@code i} always runs. */
    KeywordAutomaton(List<Optional<Set<String>>> anchors) {
        List<Map<Character, Integer>> trie = new ArrayList<>();
        List<Integer> ownAnchor = new ArrayList<>();
        Map<String, Integer> anchorIds = new HashMap<>();
        List<BitSet> patternsOfAnchor = new ArrayList<>();
        trie.add(new TreeMap<>());
        ownAnchor.add(-1);
        always = new BitSet();
        for (int pattern = 0; pattern < anchors.size(); pattern++) {
            if (anchors.get(pattern).isEmpty()) {
                always.set(pattern);
                continue;
            }
            for (String anchor : anchors.get(pattern).get()) {
                int id = anchorIds.computeIfAbsent(anchor, a -> {
                    patternsOfAnchor.add(new BitSet());
                    ownAnchor.set(insert(trie, ownAnchor, a), patternsOfAnchor.size() - 1);
                    return patternsOfAnchor.size() - 1;
                });
                patternsOfAnchor.get(id).set(pattern);
            }
        }
        anchorPatterns = patternsOfAnchor.toArray(new BitSet[0]);
        anchorLength = new int[anchorPatterns.length];
        anchorIds.forEach((anchor, id) -> anchorLength[id] = anchor.length());
        int states = trie.size();
        edgeChars = new char[states][];
        edgeTargets = new int[states][];
        for (int s = 0; s < states; s++) {
            edgeChars[s] = new char[trie.get(s).size()];
            edgeTargets[s] = new int[trie.get(s).size()];
            int i = 0;
            for (Map.Entry<Character, Integer> e : trie.get(s).entrySet()) {
                edgeChars[s][i] = e.getKey();
                edgeTargets[s][i++] = e.getValue();
            }
        }
        failure = new int[states];
        outputs = new BitSet[states];
        anchorsEndingAt = new int[states][];
        int columns = 1;
        for (String anchor : anchorIds.keySet()) {
            for (char c : anchor.toCharArray()) {
                if (c < ASCII && column[c] == 0) {
                    column[c] = columns++;
                }
            }
        }
        width = columns;
        asciiNext = new int[states * width];
        link(ownAnchor);
    }

    private static int insert(List<Map<Character, Integer>> trie, List<Integer> ownAnchor, String anchor) {
        int state = 0;
        for (int i = 0; i < anchor.length(); i++) {
            Integer next = trie.get(state).get(anchor.charAt(i));
            if (next == null) {
                next = trie.size();
                trie.add(new TreeMap<>());
                ownAnchor.add(-1);
                trie.get(state).put(anchor.charAt(i), next);
            }
            state = next;
        }
        return state;
    }

    /**
     * Breadth first: each state's failure link, the anchors and patterns it inherits through it, and its
     * ASCII transitions (a state's failure link is shallower, so its row is already complete).
     */
    private void link(List<Integer> ownAnchor) {
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int f = failure[state];
            int own = ownAnchor.get(state);
            int[] inherited = state == 0 ? new int[0] : anchorsEndingAt[f];
            anchorsEndingAt[state] = own < 0 ? inherited : prepend(own, inherited);
            outputs[state] = new BitSet();
            for (int id : anchorsEndingAt[state]) {
                outputs[state].or(anchorPatterns[id]);
            }
            for (int c = 0; c < ASCII; c++) {
                if (column[c] > 0) {
                    int child = edge(state, (char) c);
                    asciiNext[state * width + column[c]] = child >= 0 ? child
                            : state == 0 ? 0 : asciiNext[f * width + column[c]];
                }
            }
            for (int i = 0; i < edgeChars[state].length; i++) {
                int child = edgeTargets[state][i];
                failure[child] = state == 0 ? 0 : step(f, edgeChars[state][i]);
                queue.add(child);
            }
        }
    }

    private static int[] prepend(int first, int[] rest) {
        int[] out = new int[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private int edge(int state, char c) {
        int i = Arrays.binarySearch(edgeChars[state], c);
        return i < 0 ? -1 : edgeTargets[state][i];
    }

    /** The state after reading folded char {@code c} in {@code state}. */
    private int step(int state, char c) {
        if (c < ASCII) {
            return asciiNext[state * width + column[c]];
        }
        int s = state;
        int to = edge(s, c);
        while (to < 0 && s != 0) {
            s = failure[s];
            to = edge(s, c);
        }
        return to < 0 ? 0 : to;
    }

    /** The patterns that may match in {@code text}: those with an anchor in it, and those without anchors. */
    BitSet candidates(String text) {
        BitSet found = (BitSet) always.clone();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = step(state, Fold.caseFold(text.charAt(i)));
            if (!outputs[state].isEmpty()) {
                found.or(outputs[state]);
            }
        }
        return found;
    }

    /**
     * Every anchor occurrence in {@code text} between {@code start} and {@code end}, in the order
     * their ends come: what {@link #candidates(Hits, int, int)} reads for any stretch of it.
     */
    Hits hits(String text, int start, int end) {
        int[] ids = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int state = 0;
        for (int i = start; i < end; i++) {
            state = step(state, Fold.caseFold(text.charAt(i)));
            for (int id : anchorsEndingAt[state]) {
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ids[count] = id;
                ends[count++] = i + 1;
            }
        }
        return new Hits(ids, ends, count);
    }

    /** The first hit that ends after {@code offset} (an anchor ending there or before cannot lie after it). */
    private static int firstEndingAfter(Hits hits, int offset) {
        int low = 0;
        int high = hits.count();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (hits.ends()[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The automaton over {@code regexes} and their starts: pattern i holds regex i's anchors
     * ({@link RegexAnchors#of}), pattern {@code n + i} its starts ({@link RegexAnchors#starts}; none when
     * it has none). Sets bit i of {@code leading} for each regex that has starts.
     */
    static KeywordAutomaton withStarts(List<String> regexes, BitSet leading) {
        List<Optional<Set<String>>> patterns = new ArrayList<>();
        regexes.forEach(regex -> patterns.add(RegexAnchors.of(regex)));
        for (int i = 0; i < regexes.size(); i++) {
            Optional<Set<String>> starts = RegexAnchors.starts(regexes.get(i));
            leading.set(i, starts.isPresent());
            patterns.add(Optional.of(starts.orElse(Set.of())));
        }
        return new KeywordAutomaton(patterns);
    }

    /**
     * Where the anchors of {@code pattern} that lie in the stretch {@code from}–{@code to} of the text
     * {@code hits} were found in begin: every such occurrence's first offset, in increasing order, each once.
     */
    int[] starts(Hits hits, int pattern, int from, int to) {
        int[] out = new int[hits.count()];
        int n = 0;
        for (int i = firstEndingAfter(hits, from); i < hits.count() && hits.ends()[i] <= to; i++) {
            int id = hits.anchors()[i];
            int start = hits.ends()[i] - anchorLength[id];
            if (start >= from && anchorPatterns[id].get(pattern)) {
                out[n++] = start;
            }
        }
        return IntArrays.distinctSorted(out, n);
    }

    /** Anchor occurrences found by one pass ({@link #hits}): anchor ids and end offsets, {@code count} of them. */
    record Hits(int[] anchors, int[] ends, int count) {}

    /**
     * The patterns that may match in the stretch {@code from}–{@code to} of the text {@code hits} were
     * found in: exactly what {@link #candidates(String)} gives for that stretch, without a pass over it.
     */
    BitSet candidates(Hits hits, int from, int to) {
        BitSet found = (BitSet) always.clone();
        for (int i = firstEndingAfter(hits, from); i < hits.count() && hits.ends()[i] <= to; i++) {
            int id = hits.anchors()[i];
            if (hits.ends()[i] - anchorLength[id] >= from) {
                found.or(anchorPatterns[id]);
            }
        }
        return found;
    }
}
