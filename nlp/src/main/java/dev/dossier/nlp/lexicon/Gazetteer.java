package dev.dossier.nlp.lexicon;

import dev.dossier.nlp.text.Fold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds lexicon aliases in a text: a character trie over folded forms (case and diacritics
 * ignored, whitespace runs collapsed), longest match first, never starting or ending inside a
 * word, then each alias's {@link CaseRule} checked on the original text. Chinese and Japanese
 * write words without spaces: beside a Han or kana character a match may start or end anywhere
 * (character-level matching of the lexicon, "向美國採購" holds "美國"). Immutable once built;
 * thread-safe.
 */
public final class Gazetteer {
    private static final int MAX_SUFFIX = 4;
    private final Node root;

    private Gazetteer(Node root) {
        this.root = root;
    }

    public static Gazetteer of(List<Alias> aliases) {
        Node root = new Node();
        for (Alias alias : aliases) {
            root.insert(collapse(Fold.fold(alias.surface())), alias);
        }
        return new Gazetteer(root);
    }

    public List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Fold.isWordChar(text.charAt(i)) || (i > 0 && !boundary(text.charAt(i - 1), text.charAt(i)))) {
                i++;
                continue;
            }
            Match match = longestAt(text, i);
            if (match != null) {
                matches.add(match);
                i = match.end();
            } else {
                i++;
                while (i < n && Fold.isWordChar(text.charAt(i)) && !boundary(text.charAt(i - 1), text.charAt(i))) {
                    i++;
                }
            }
        }
        return matches;
    }

    private Match longestAt(String text, int start) {
        Node node = root;
        Match best = null;
        char previous = 0;
        for (int j = start; j < text.length(); j++) {
            char c = Fold.fold(text.charAt(j));
            if (c == ' ' && previous == ' ') {
                continue;
            }
            node = node.child(c);
            if (node == null) {
                break;
            }
            previous = c;
            if (node.aliases != null) {
                Match found = accept(text, start, j + 1, node.aliases);
                if (found != null) {
                    best = found;
                }
            }
        }
        return best;
    }

    /** The first alias the text satisfies, a strong one before a weak one ("CAESAR" before "~Caesar"). */
    private static Match accept(String text, int start, int end, Alias[] aliases) {
        Match weak = null;
        for (Alias alias : aliases) {
            if (!alias.caseRule().accepts(alias.surface(), text, start, end)) {
                continue;
            }
            int stop = boundaryEnd(text, end, alias);
            if (stop >= 0 && !alias.weak()) {
                return new Match(start, stop, alias);
            }
            if (stop >= 0 && weak == null) {
                weak = new Match(start, stop, alias);
            }
        }
        return weak;
    }

    /** Where a match ending at {@code end} may stop (extended by a variant suffix), or -1. */
    private static int boundaryEnd(String text, int end, Alias alias) {
        if (end >= text.length() || boundary(text.charAt(end - 1), text.charAt(end)) || Fold.isHangul(text.charAt(end - 1))) {
            return end;
        }
        if (!alias.designation()) {
            return -1;
        }
        int k = end;
        while (k < text.length() && k - end < MAX_SUFFIX && Character.isUpperCase(text.charAt(k))) {
            k++;
        }
        if (k < text.length() && text.charAt(k) == 's') {
            k++;
        }
        return k > end && (k >= text.length() || !Fold.isWordChar(text.charAt(k))) ? k : -1;
    }

    /** Whether a word may end between {@code before} and {@code after}. */
    private static boolean boundary(char before, char after) {
        return !Fold.isWordChar(before) || !Fold.isWordChar(after) || Fold.isIdeographic(before)
                || Fold.isIdeographic(after);
    }

    private static String collapse(String folded) {
        return folded.trim().replaceAll(" {2,}", " ");
    }

    /** A trie node: sorted child keys, and the aliases that end here. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private Alias[] aliases;

        Node child(char c) {
            int index = Arrays.binarySearch(keys, c);
            return index >= 0 ? children[index] : null;
        }

        void insert(String key, Alias alias) {
            Node node = this;
            for (int i = 0; i < key.length(); i++) {
                node = node.childOrNew(key.charAt(i));
            }
            node.aliases = node.aliases == null ? new Alias[] {alias} : append(node.aliases, alias);
        }

        private Node childOrNew(char c) {
            int index = Arrays.binarySearch(keys, c);
            if (index >= 0) {
                return children[index];
            }
            int at = -index - 1;
            keys = insertAt(keys, at, c);
            Node[] grown = new Node[children.length + 1];
            System.arraycopy(children, 0, grown, 0, at);
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            grown[at] = new Node();
            children = grown;
            return grown[at];
        }

        private static char[] insertAt(char[] array, int at, char c) {
            char[] grown = new char[array.length + 1];
            System.arraycopy(array, 0, grown, 0, at);
            System.arraycopy(array, at, grown, at + 1, array.length - at);
            grown[at] = c;
            return grown;
        }

        private static Alias[] append(Alias[] array, Alias alias) {
            for (Alias existing : array) {
                if (existing.surface().equals(alias.surface()) && existing.entity().equals(alias.entity())) {
                    return array;
                }
            }
            Alias[] grown = Arrays.copyOf(array, array.length + 1);
            grown[array.length] = alias;
            return grown;
        }
    }
}
