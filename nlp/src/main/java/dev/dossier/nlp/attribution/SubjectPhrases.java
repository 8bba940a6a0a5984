package dev.dossier.nlp.attribution;

/**
 * Where a speaker phrase starts and ends inside one sentence: leading time phrases, apposition,
 * parentheticals, coordination ("A and B said"), and the checks that a speech verb really
 * reports speech (not negated, introduces a clause). Static helpers over {@link Clause}.
 */
final class SubjectPhrases {
    static final int MAX_ADJUNCT_TOKENS = 5;
    static final java.util.Set<String> FINITE = java.util.Set.of("has", "have", "had", "is", "are", "was",
            "were", "will", "would", "can", "could", "did", "does", "do", "may", "might", "said", "says", "told");
    static final java.util.Set<String> INTRODUCTIONS = java.util.Set.of("In", "On", "At", "By", "Since",
            "Last", "Earlier", "Later", "This", "Next");
    static final java.util.Set<String> PARENTHETICALS = java.util.Set.of("meanwhile", "however", "too",
            "though", "instead", "separately", "also", "moreover", "nonetheless", "nevertheless");
    static final int MAX_INVERTED_SPEAKER_TOKENS = 12;
    static final int MAX_INTERRUPTION_TOKENS = 16;
    static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("who", "which", "whose");
    /** Words before a day or period that close a speaker phrase: "the ministry on Friday". */
    static final java.util.Set<String> TIME_LEADS = java.util.Set.of("on", "this", "last", "next");
    /** Prepositions whose object is never the speaker: "technology from the United States and Britain". */
    static final java.util.Set<String> OBJECT_OF = java.util.Set.of("from", "with", "to", "by", "for",
            "against", "between", "of", "in", "into");

    private SubjectPhrases() {
    }

    /**
     * "Gen. Kim, the head of the agency, told Yonhap that …": the subject before an apposition set
     * off by commas, when a clause follows the verb. Returns the subject's first token, or -1.
     */
    static int appositiveSubjectStart(Clause clause, int verb) {
        if (!clause.text(verb - 1).equals(",") || !introducesClause(clause, verb)) {
            return -1;
        }
        int comma = verb - 2;
        while (comma > clause.first && !clause.text(comma).equals(",")) {
            if (clause.isBreak(comma) || verb - comma > MAX_INVERTED_SPEAKER_TOKENS) {
                return -1;
            }
            comma--;
        }
        if (comma <= clause.first || comma == verb - 2) {
            return -1;
        }
        int start = skipIntroduction(clause, clause.phraseStart(comma - 1), comma - 1);
        return start < comma ? start : -1;
    }
    /** "A spokesperson declined to comment but said …": the sentence's subject, up to its first verb. */
    static int subjectAtStart(Clause clause, int limit) {
        int i = clause.first;
        while (i < limit && !FINITE.contains(clause.text(i)) && !(clause.text(i).endsWith("ed")
                && Character.isLowerCase(clause.text(i).charAt(0))) && !clause.isBreak(i)) {
            i++;
        }
        return i - 1;
    }
    /** "In 2024 Korean media reported": a leading time phrase is not part of the speaker. */
    static int skipIntroduction(Clause clause, int start, int last) {
        if (start + 2 <= last && INTRODUCTIONS.contains(clause.text(start))) {
            for (int k = start + 1; k <= Math.min(last - 1, start + 3); k++) {
                if (isTimeWord(clause, k)) {
                    return k + 1;
                }
            }
        }
        return start;
    }
    /** A word that ends a short time phrase: a number, "Monday", "week", "month", "year". */
    static boolean isTimeWord(Clause clause, int k) {
        String word = clause.text(k);
        return clause.tokens.get(k).kind() == dev.dossier.model.TokenKind.NUMBER || word.endsWith("day")
                || word.equals("year") || word.equals("week") || word.equals("month");
    }
    /**
     * Where a subject that starts after "and" really starts: "Mike Pompeo and Mark Esper warned" →
     * at "Mike"; -1 when the first conjunct is a preposition's object ("technology from the United
     * States and Britain ... announced": no speaker), else {@code start} unchanged.
     */
    static int conjunctStart(Clause clause, int start) {
        if (!clause.text(start - 1).equals("and")) {
            return start;
        }
        int k = start - 2;
        while (k >= clause.first && isNameWord(clause.text(k))) {
            k--;
        }
        boolean named = false;
        for (int j = k + 1; j <= start - 2; j++) {
            named |= Character.isUpperCase(clause.text(j).charAt(0));
        }
        if (!named) {
            return start;
        }
        if (OBJECT_OF.contains(clause.text(k))) {
            return -1;
        }
        boolean edge = k < clause.first || clause.isBreak(k) || clause.text(k).equals("that");
        return edge ? k + 1 : start;
    }
    static boolean isNameWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) || word.equals("of") || word.equals("the");
    }
    /** "Officials have not said …" reports no statement. */
    static boolean negated(Clause clause, int from, int verb) {
        for (int i = Math.max(from, verb - 3); i < verb; i++) {
            String word = clause.text(i);
            if (word.equals("not") || word.equals("never") || word.endsWith("n't") || word.equals("n\u2019t")) {
                return true;
            }
        }
        return false;
    }
    /** "that", a colon or an opening quote within the few tokens after the verb. */
    static boolean introducesClause(Clause clause, int verb) {
        for (int i = verb + 1; i < Math.min(clause.end, verb + 8); i++) {
            if (clause.isComplementizer(i) || clause.text(i).equals(":") || clause.isQuote(i)) {
                return true;
            }
            if (clause.isBreak(i) || clause.text(i).equals(".")) {
                return false;
            }
        }
        return false;
    }
    /**
     * "Minister Ana Silva (in Chinese script) said", "Ana Silva, who is visiting Lima, confirmed": where
     * the bracket or relative clause that separates the subject from its verb opens, or -1.
     */
    static int interruptionStart(Clause clause, int verb) {
        String before = clause.text(verb - 1);
        boolean bracket = before.equals(")");
        if (!bracket && !before.equals(",")) {
            return -1;
        }
        for (int i = verb - 2; i > clause.first && verb - i <= MAX_INTERRUPTION_TOKENS; i--) {
            if (bracket && clause.text(i).equals("(")) {
                return i;
            }
            if (!bracket && clause.text(i).equals(",")) {
                return RELATIVE_PRONOUNS.contains(clause.text(i + 1)) ? i : -1;
            }
            if (!bracket && clause.isBreak(i)) {
                return -1;
            }
        }
        return -1;
    }
    /**
     * "…," said procurex, the country's procurement agency, …: the last token of a described
     * apposition (a determiner, then a speaker noun) or of a name after the speaker phrase ending at
     * {@code last}; {@code last} itself when there is none.
     */
    static int appositionEnd(Clause clause, int last, SpeakerResolver resolver) {
        if (!clause.text(last + 1).equals(",") || last + 2 >= clause.end) {
            return last;
        }
        String lead = clause.lowered(last + 2);
        int end = clause.phraseEnd(last + 2);
        boolean described = (lead.equals("the") || lead.equals("a") || lead.equals("an"))
                && end - last <= MAX_INVERTED_SPEAKER_TOKENS && resolver.hasSpeakerNoun(clause.span(last + 2, end)
                .of(clause.body));
        return described || isName(clause, last + 2, end) ? end : last;
    }

    /** Two to four capitalised words: "…, said the ministry's spokesman, Ana Silva, on Monday". */
    private static boolean isName(Clause clause, int from, int last) {
        if (last - from < 1 || last - from > 3) {
            return false;
        }
        for (int i = from; i <= last; i++) {
            if (!Character.isUpperCase(clause.text(i).charAt(0))) {
                return false;
            }
        }
        return true;
    }
    /** "Canberra, meanwhile, confirmed": the index before the parenthetical's first comma, or -1. */
    static int parentheticalStart(Clause clause, int verb) {
        if (!clause.text(verb - 1).equals(",") || !clause.text(verb - 3).equals(",")) {
            return -1;
        }
        String adverb = clause.text(verb - 2);
        boolean parenthetical = adverb.endsWith("ly") || PARENTHETICALS.contains(adverb);
        return parenthetical && verb - 4 >= clause.first ? verb - 4 : -1;
    }
    /** After a trailing "…, X said" only a short adjunct ("on Tuesday", "in a statement") runs to a comma or the end. */
    static boolean restIsShort(Clause clause, int verb) {
        int k = verb + 1;
        while (k < clause.end && !clause.text(k).equals(",") && !clause.text(k).equals(".")) {
            String word = clause.text(k);
            if (clause.isComplementizer(k) || word.equals(":") || clause.isQuote(k) || k - verb > MAX_ADJUNCT_TOKENS) {
                return false;
            }
            k++;
        }
        return true;
    }
}
