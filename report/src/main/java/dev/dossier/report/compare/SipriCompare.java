package dev.dossier.report.compare;

import dev.dossier.model.Checks;
import dev.dossier.nlp.lexicon.Lexicon;
import dev.dossier.nlp.lexicon.Tsv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a dossier's deals with SIPRI's register. A deal and a row can pair when they have the
 * same supplier and recipient (canonical country names), designations of one system and
 * compatible variants ({@link Designations}), and, when both give one, order years at most
 * {@link #MAX_ORDER_YEARS_APART} apart. Among those, the closest pairs are taken first, one row
 * per deal and one deal per row: a more specific designation, closer order years, the same
 * number ordered and an agreeing value each bring a pair closer.
 */
public final class SipriCompare {
    static final int MAX_ORDER_YEARS_APART = 2;

    private final Countries countries;
    private final Designations designations;
    private final FieldComparer fields;

    private SipriCompare(Lexicon lexicon, Set<String> formationUnits) {
        this.countries = Countries.of(lexicon);
        this.designations = Designations.of(lexicon);
        this.fields = new FieldComparer(RegisterValue.currencyForms(), formationUnits);
    }

    /** With the standard lexicons. */
    public static SipriCompare standard() {
        Set<String> units = Tsv.classpath("/dev/dossier/report/compare/formation-units.tsv").rows().stream()
                .map(r -> r.get("unit")).collect(Collectors.toUnmodifiableSet());
        return new SipriCompare(Lexicon.standard(), units);
    }

    private record Candidate(int deal, int row, int closeness) {}

    public Comparison compare(List<SipriRow> register, NewsDossier dossier) {
        Checks.present(register, "register");
        Checks.present(dossier, "dossier");
        List<NewsDossier.Deal> deals = dossier.deals();
        Map<Integer, Integer> rowOfDeal = pairUp(register, dossier);
        List<Comparison.Pair> pairs = new ArrayList<>();
        List<NewsDossier.Deal> unpaired = new ArrayList<>();
        for (int d = 0; d < deals.size(); d++) {
            if (rowOfDeal.containsKey(d)) {
                pairs.add(pair(deals.get(d), register.get(rowOfDeal.get(d)), dossier));
            } else {
                unpaired.add(deals.get(d));
            }
        }
        return new Comparison(pairs, unpaired, rowsNotInNews(register, deals, new HashSet<>(rowOfDeal.values())));
    }

    /** Deal index → row index, closest candidates first, each used once. */
    private Map<Integer, Integer> pairUp(List<SipriRow> register, NewsDossier dossier) {
        Map<List<String>, List<Integer>> rowsByParties = new LinkedHashMap<>();
        for (int r = 0; r < register.size(); r++) {
            rowsByParties.computeIfAbsent(parties(register.get(r).supplier(), register.get(r).recipient()),
                    k -> new ArrayList<>()).add(r);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int d = 0; d < dossier.deals().size(); d++) {
            NewsDossier.Deal deal = dossier.deals().get(d);
            List<NewsDossier.Event> events = eventsOf(deal, dossier);
            for (int r : rowsByParties.getOrDefault(parties(deal.supplier(), deal.recipient()), List.of())) {
                OptionalInt closeness = closeness(deal, events, register.get(r));
                if (closeness.isPresent()) {
                    candidates.add(new Candidate(d, r, closeness.getAsInt()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::closeness).reversed()
                .thenComparingInt(Candidate::deal).thenComparingInt(Candidate::row));
        Map<Integer, Integer> rowOfDeal = new LinkedHashMap<>();
        Set<Integer> usedRows = new HashSet<>();
        for (Candidate c : candidates) {
            if (!rowOfDeal.containsKey(c.deal()) && !usedRows.contains(c.row())) {
                usedRows.add(c.row());
                rowOfDeal.put(c.deal(), c.row());
            }
        }
        return rowOfDeal;
    }

    /** How close a deal (with its events) and a row of the same parties are, or empty when they cannot be one deal. */
    private OptionalInt closeness(NewsDossier.Deal deal, List<NewsDossier.Event> events, SipriRow row) {
        Designations.Match match = designations.match(deal.system(), row.designation());
        if (match == Designations.Match.NONE) {
            return OptionalInt.empty();
        }
        int closeness = 10 * match.ordinal();
        OptionalInt ordered = NewsEvidence.of(deal, Field.ORDER_DATE, events).value()
                .map(v -> FieldComparer.year(v.asText())).orElse(OptionalInt.empty());
        if (ordered.isPresent() && row.orderYear().isPresent()) {
            int apart = Math.abs(ordered.getAsInt() - row.orderYear().getAsInt());
            if (apart > MAX_ORDER_YEARS_APART) {
                return OptionalInt.empty();
            }
            closeness += 3 * (MAX_ORDER_YEARS_APART - apart);
        }
        closeness += agrees(deal, row, Field.QUANTITY, events) ? 4 : 0;
        closeness += agrees(deal, row, Field.VALUE, events) ? 2 : 0;
        return OptionalInt.of(closeness);
    }

    private List<String> parties(String supplier, String recipient) {
        return List.of(countries.canonical(supplier), countries.canonical(recipient));
    }

    private boolean agrees(NewsDossier.Deal deal, SipriRow row, Field field, List<NewsDossier.Event> events) {
        return fields.compare(field, NewsEvidence.of(deal, field, events), row)
                .map(v -> v.verdict() == Verdict.AGREE).orElse(false);
    }

    private Comparison.Pair pair(NewsDossier.Deal deal, SipriRow row, NewsDossier dossier) {
        List<NewsDossier.Event> events = eventsOf(deal, dossier);
        List<Comparison.FieldVerdict> verdicts = new ArrayList<>();
        for (Field field : Field.values()) {
            fields.compare(field, NewsEvidence.of(deal, field, events), row).ifPresent(verdicts::add);
        }
        return new Comparison.Pair(deal, row, verdicts);
    }

    /**
     * A deal's events: those it lists, else those that name it, else (a dossier.json without
     * links) those of its parties and system.
     */
    List<NewsDossier.Event> eventsOf(NewsDossier.Deal deal, NewsDossier dossier) {
        if (!deal.events().isEmpty()) {
            Set<String> ids = Set.copyOf(deal.events());
            return dossier.events().stream().filter(e -> ids.contains(e.id())).toList();
        }
        List<NewsDossier.Event> naming = dossier.events().stream()
                .filter(e -> e.deal().equals(Optional.of(deal.id()))).toList();
        if (!naming.isEmpty()) {
            return naming;
        }
        List<String> parties = parties(deal.supplier(), deal.recipient());
        String system = Designations.compact(deal.system());
        return dossier.events().stream().filter(e -> parties(e.supplier(), e.recipient()).equals(parties)
                && Designations.compact(e.system()).equals(system)).toList();
    }

    /** SIPRI's rows for the supplier/recipient pairs the dossier's deals have, that no deal paired with. */
    private List<SipriRow> rowsNotInNews(List<SipriRow> register, List<NewsDossier.Deal> deals, Set<Integer> paired) {
        Set<List<String>> pairs = deals.stream().map(d -> parties(d.supplier(), d.recipient()))
                .collect(Collectors.toSet());
        List<SipriRow> rows = new ArrayList<>();
        for (int r = 0; r < register.size(); r++) {
            SipriRow row = register.get(r);
            if (!paired.contains(r) && pairs.contains(parties(row.supplier(), row.recipient()))) {
                rows.add(row);
            }
        }
        return rows;
    }
}
