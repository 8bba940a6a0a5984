package dev.dossier.group;

import dev.dossier.model.DocumentGroup;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The story idf's counts over copy families, as story clustering counts them: {@code families}
 * is n (wire groups, and each text in none), {@code frequency} each story term's df (how many
 * families have it in any of their texts). Worked out whole from memos and their grouping rows
 * (a rebuild); an add moves them by {@link MinHashGrouper.Extension}.
 */
public record FamilyFrequency(long families, Map<Long, Integer> frequency) {
    public FamilyFrequency {
        frequency = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(frequency));
    }

    /** The counts over {@code memos}, each in the family its row names (a text without a row or a wire group alone). */
    public static FamilyFrequency of(Collection<GroupMemo> memos, Map<String, DocumentGroup> rows) {
        Map<String, Set<Long>> familyTerms = new HashMap<>();
        for (GroupMemo m : memos) {
            DocumentGroup row = rows.get(m.document());
            String family = row == null ? m.document() : row.wireGroup().orElse(m.document());
            Set<Long> terms = familyTerms.computeIfAbsent(family, f -> new HashSet<>());
            Arrays.stream(m.terms().terms()).forEach(terms::add);
        }
        Map<Long, Integer> frequency = new HashMap<>();
        familyTerms.values().forEach(terms -> terms.forEach(t -> frequency.merge(t, 1, Integer::sum)));
        return new FamilyFrequency(familyTerms.size(), frequency);
    }
}
