package dev.dossier.assertion;

import dev.dossier.nlp.text.Fold;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The literal anchors of a case-insensitive lexicon pattern: a set of {@link Fold#caseFold folded}
 * strings such that every text the pattern can match somewhere in contains at least one of them
 * (folded). A trigger pattern need then only run on a sentence where one of its anchors occurs
 * ({@link KeywordAutomaton}), and finds exactly what it would find on every sentence.
 *
 * <p>The derivation is the classic one of regular-expression indexes (Cox, "Regular Expression
 * Matching with a Trigram Index"): each piece of the pattern gives either the exact set of strings it
 * matches (while that set stays small) or a set of which one must occur. It understands literals,
 * escaped punctuation, small classes of ASCII letters and digits, groups, alternation, quantifiers
 * and zero-width assertions (lookarounds are zero-width: their text is not needed). Anything else
 * (backreferences, inline flags, {@code \Q}, a character whose fold is not stable) makes the whole
 * pattern unanchored: it then runs on every sentence, as before.
 *
 * <p>The same reading also gives a pattern's {@link #starts}: literals of which every match
 * begins with one. Where a pattern has them, a match can only begin where one of them occurs, and
 * the pattern need only be tried there instead of at every position of the text.
 */
final class RegexAnchors {
    private static final int MAX_EXACT = 64;
    /** Starts shorter than this ("a", "in") occur nearly everywhere: finding them costs more than the search they would spare. */
    private static final int MIN_START = 3;
    private static final Facts ZERO_WIDTH = Facts.exactly(Set.of(""));
    private static final Facts ANY = new Facts(null, null, null, true);
    private final String regex;
    private int pos;

    private RegexAnchors(String regex) {
        this.regex = regex;
    }

    /** The anchors of {@code regex}; empty when the pattern matches without any literal or is not understood. */
    static Optional<Set<String>> of(String regex) {
        return facts(regex).map(Facts::needed).map(RegexAnchors::minimal).map(Set::copyOf);
    }

    /**
     * Literals (folded, none empty) of which every match of {@code regex} begins with one; empty when
     * that is not known, when the pattern can match the empty string (a search then finds empty
     * matches at any position), or when a start is shorter than three chars.
     */
    static Optional<Set<String>> starts(String regex) {
        return facts(regex).filter(f -> !f.empty() && f.starts() != null && !f.starts().isEmpty())
                .map(f -> shortestPrefixes(f.starts()))
                .filter(starts -> starts.stream().allMatch(s -> s.length() >= MIN_START)).map(Set::copyOf);
    }

    private static Optional<Facts> facts(String regex) {
        try {
            RegexAnchors parser = new RegexAnchors(regex);
            Facts facts = parser.alternation();
            return parser.pos == regex.length() ? Optional.of(facts) : Optional.empty();
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /**
     * What a piece of a pattern says about what it matches: {@code exact} every string it can match
     * (null when unknown or too many); {@code anchors} strings of which one occurs in every match (null: none);
     * {@code starts} non-empty strings of which every non-empty match begins with one (null: unknown);
     * {@code empty} whether it may match the empty string (true when unknown).
     */
    private record Facts(Set<String> exact, Set<String> anchors, Set<String> starts, boolean empty) {
        /** A piece that matches exactly {@code strings}. */
        static Facts exactly(Set<String> strings) {
            Set<String> starts = new LinkedHashSet<>(strings);
            boolean empty = starts.remove("");
            return new Facts(strings, null, starts, empty);
        }

        /** Strings of which every match contains one, or null when a match may contain none. */
        Set<String> needed() {
            if (exact != null) {
                return exact.contains("") ? null : exact;
            }
            return anchors;
        }
    }

    private Facts alternation() {
        Facts result = sequence();
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            result = either(result, sequence());
        }
        return result;
    }

    /**
     * A concatenation: runs of exactly known pieces are multiplied out (while small); the most
     * selective anchor set of any run or piece is what the whole sequence needs.
     */
    private Facts sequence() {
        Facts run = ZERO_WIDTH;
        Set<String> best = null;
        boolean exact = true;
        Beginning beginning = new Beginning();
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            Facts piece = quantified(atom());
            if (piece.exact != null && run.exact.size() * piece.exact.size() <= MAX_EXACT) {
                run = then(run, piece);
            } else {
                exact = false;
                best = better(best, run.needed());
                beginning.then(run);
                if (piece.exact == null) {
                    beginning.then(piece);
                }
                run = piece.exact != null ? piece : ZERO_WIDTH;
                best = better(best, piece.needed());
            }
        }
        beginning.then(run);
        return exact ? run : new Facts(null, better(best, run.needed()), beginning.starts(), beginning.empty);
    }

    /**
     * How a sequence's matches begin, read piece by piece in order: a non-empty match begins with a
     * non-empty match of the first piece that did not match empty, so the starts are those of every
     * piece up to and including the first that cannot match empty.
     */
    private static final class Beginning {
        private final Set<String> starts = new LinkedHashSet<>();
        private boolean known = true;
        private boolean open = true;
        private boolean empty = true;

        void then(Facts piece) {
            if (open) {
                known &= piece.starts != null;
                if (known) {
                    starts.addAll(piece.starts);
                }
                open = known && piece.empty;
            }
            empty &= piece.empty;
        }

        Set<String> starts() {
            return known ? starts : null;
        }
    }

    private static Facts either(Facts a, Facts b) {
        if (a.exact != null && b.exact != null && a.exact.size() + b.exact.size() <= MAX_EXACT) {
            Set<String> union = new LinkedHashSet<>(a.exact);
            union.addAll(b.exact);
            return Facts.exactly(union);
        }
        Set<String> starts = null;
        if (a.starts != null && b.starts != null) {
            starts = new LinkedHashSet<>(a.starts);
            starts.addAll(b.starts);
        }
        if (a.needed() == null || b.needed() == null) {
            return new Facts(null, null, starts, a.empty || b.empty);
        }
        Set<String> union = new LinkedHashSet<>(a.needed());
        union.addAll(b.needed());
        return new Facts(null, union, starts, a.empty || b.empty);
    }

    private static Facts then(Facts a, Facts b) {
        Set<String> product = new LinkedHashSet<>();
        for (String x : a.exact) {
            for (String y : b.exact) {
                product.add(x + y);
            }
        }
        return Facts.exactly(product);
    }

    /** Without the anchors that contain another anchor: the shorter one occurs wherever they do. */
    private static Set<String> minimal(Set<String> anchors) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : anchors) {
            if (anchors.stream().noneMatch(b -> !b.equals(a) && a.contains(b))) {
                out.add(a);
            }
        }
        return out;
    }

    /** Without the starts that begin with another start: a match that begins with one begins with the other. */
    private static Set<String> shortestPrefixes(Set<String> starts) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : starts) {
            if (starts.stream().noneMatch(b -> !b.equals(a) && a.startsWith(b))) {
                out.add(a);
            }
        }
        return out;
    }

    /** The more selective of two anchor sets: longer shortest anchor, then fewer anchors. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int shortestA = a.stream().mapToInt(String::length).min().orElse(0);
        int shortestB = b.stream().mapToInt(String::length).min().orElse(0);
        if (shortestA != shortestB) {
            return shortestA > shortestB ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    private Facts quantified(Facts atom) {
        if (pos >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(pos);
        int min;
        int max;
        if (c == '?' || c == '*' || c == '+') {
            pos++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : Integer.MAX_VALUE;
        } else if (c == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            String[] bounds = regex.substring(pos + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0].trim());
            max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same strings can match
        }
        return repeat(atom, min, max);
    }

    /** A non-empty match of a repetition begins with a non-empty match of the piece repeated: its starts stay. */
    private static Facts repeat(Facts atom, int min, int max) {
        if (min == 1 && max == 1) {
            return atom;
        }
        if (min == 0) {
            if (max == 1 && atom.exact != null && atom.exact.size() < MAX_EXACT) {
                Set<String> optional = new LinkedHashSet<>(atom.exact);
                optional.add("");
                return Facts.exactly(optional);
            }
            return new Facts(null, null, atom.starts, true);
        }
        return new Facts(null, atom.needed(), atom.starts, atom.empty);
    }

    private Facts atom() {
        char c = regex.charAt(pos++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return charClass();
            case '\\':
                return escape();
            case '.':
                return ANY;
            case '^':
            case '$':
                return ZERO_WIDTH;
            case '?':
            case '*':
            case '+':
            case '{':
                throw new Unsupported();
            default:
                return literal(c);
        }
    }

    private Facts group() {
        boolean zeroWidth = false;
        if (regex.startsWith("?:", pos)) {
            pos += 2;
        } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
            pos += 2;
            zeroWidth = true;
        } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
            pos += 3;
            zeroWidth = true;
        } else if (regex.startsWith("?", pos)) {
            throw new Unsupported(); // inline flags, named or atomic groups
        }
        Facts inner = alternation();
        if (pos >= regex.length() || regex.charAt(pos) != ')') {
            throw new Unsupported();
        }
        pos++;
        return zeroWidth ? ZERO_WIDTH : inner;
    }

    /** A class of ASCII letters and digits only ("[sz]"); anything else in a class matches unknown text. */
    private Facts charClass() {
        int close = regex.indexOf(']', pos);
        if (close < 0) {
            throw new Unsupported();
        }
        String members = regex.substring(pos, close);
        pos = close + 1;
        if (members.isEmpty() || members.equals("^") || members.endsWith("\\") || members.indexOf('[') >= 0
                || members.indexOf("&&") >= 0) {
            throw new Unsupported(); // a ']' inside the class, nested classes, intersections: not parsed
        }
        if (!members.chars().allMatch(ch -> ch < 0x80 && Character.isLetterOrDigit(ch))) {
            return ANY;
        }
        Set<String> chars = new LinkedHashSet<>();
        members.chars().forEach(ch -> chars.add(String.valueOf(Fold.caseFold((char) ch))));
        return Facts.exactly(chars);
    }

    private Facts escape() {
        if (pos >= regex.length()) {
            throw new Unsupported();
        }
        char c = regex.charAt(pos++);
        if (c == 'b' || c == 'B' || c == 'A' || c == 'z' || c == 'Z' || c == 'G') {
            return ZERO_WIDTH;
        }
        if (c == 's' || c == 'S' || c == 'd' || c == 'D' || c == 'w' || c == 'W' || c == 'h' || c == 'H'
                || c == 'v' || c == 'V' || c == 'R' || c == 'X') {
            return ANY;
        }
        if (c == 'p' || c == 'P') {
            int close = regex.indexOf('}', pos);
            if (!regex.startsWith("{", pos) || close < 0) {
                throw new Unsupported();
            }
            pos = close + 1;
            return ANY;
        }
        if (c < 0x80 && !Character.isLetterOrDigit(c)) {
            return literal(c);
        }
        throw new Unsupported(); // backreferences, quoting, hex and Unicode escapes, tabs and the rest
    }

    private static Facts literal(char c) {
        char folded = Fold.caseFold(c);
        if (Fold.caseFold(folded) != folded || Character.isSurrogate(c)) {
            throw new Unsupported();
        }
        return Facts.exactly(Set.of(String.valueOf(folded)));
    }

    /** A construct this reader does not follow: the pattern gets no anchors. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }
}
