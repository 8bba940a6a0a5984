package dev.dossier.assertion;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One Aho–Corasick automaton over the anchors of many patterns: a single pass over a text's
 * {@link CaseFold#foldChar folded} chars tells which patterns have one of their anchors in it (and so
 * may match). A pattern without anchors is always a candidate. Immutable and thread-safe once built.
 */
final class KeywordAutomaton {
    private final char[][] edgeChars;
    private final int[][] edgeTargets;
    private final int[] failure;
    private final BitSet[] outputs;
    private final BitSet always;
    /** The root's transitions on ASCII chars (-1: none), the most frequent look-up, without a search. */
    private final int[] rootAscii = new int[0x80];

    /** {@code anchors.get(i)}: the anchors of pattern {@code i}, already folded; empty: pattern {@code i} always runs. */
    KeywordAutomaton(List<Optional<Set<String>>> anchors) {
        List<Map<Character, Integer>> trie = new ArrayList<>();
        List<BitSet> out = new ArrayList<>();
        trie.add(new TreeMap<>());
        out.add(new BitSet());
        always = new BitSet();
        for (int pattern = 0; pattern < anchors.size(); pattern++) {
            if (anchors.get(pattern).isEmpty()) {
                always.set(pattern);
                continue;
            }
            for (String anchor : anchors.get(pattern).get()) {
                out.get(insert(trie, out, anchor)).set(pattern);
            }
        }
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
        outputs = out.toArray(new BitSet[0]);
        linkFailures();
        for (char c = 0; c < rootAscii.length; c++) {
            int i = Arrays.binarySearch(edgeChars[0], c);
            rootAscii[c] = i < 0 ? -1 : edgeTargets[0][i];
        }
    }

    private static int insert(List<Map<Character, Integer>> trie, List<BitSet> out, String anchor) {
        int state = 0;
        for (int i = 0; i < anchor.length(); i++) {
            Integer next = trie.get(state).get(anchor.charAt(i));
            if (next == null) {
                next = trie.size();
                trie.add(new TreeMap<>());
                out.add(new BitSet());
                trie.get(state).put(anchor.charAt(i), next);
            }
            state = next;
        }
        return state;
    }

    /** Breadth first: each state's failure link and the outputs it inherits through it. */
    private void linkFailures() {
        Deque<Integer> queue = new ArrayDeque<>();
        for (int target : edgeTargets[0]) {
            queue.add(target);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (int i = 0; i < edgeChars[state].length; i++) {
                int child = edgeTargets[state][i];
                int f = failure[state];
                while (f != 0 && next(f, edgeChars[state][i]) < 0) {
                    f = failure[f];
                }
                int link = next(f, edgeChars[state][i]);
                failure[child] = link < 0 || link == child ? 0 : link;
                outputs[child].or(outputs[failure[child]]);
                queue.add(child);
            }
        }
    }

    private int next(int state, char c) {
        int i = Arrays.binarySearch(edgeChars[state], c);
        return i < 0 ? -1 : edgeTargets[state][i];
    }

    /** The patterns that may match in {@code text}: those with an anchor in it, and those without anchors. */
    BitSet candidates(String text) {
        BitSet found = (BitSet) always.clone();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = CaseFold.foldChar(text.charAt(i));
            int to = state == 0 && c < 0x80 ? rootAscii[c] : next(state, c);
            while (to < 0 && state != 0) {
                state = failure[state];
                to = next(state, c);
            }
            state = to < 0 ? 0 : to;
            if (!outputs[state].isEmpty()) {
                found.or(outputs[state]);
            }
        }
        return found;
    }
}
