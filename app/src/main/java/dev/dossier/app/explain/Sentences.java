package dev.dossier.app.explain;

import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Sentence;
import dev.dossier.nlp.lexicon.Gazetteer;
import dev.dossier.nlp.lexicon.Lexicon;
import dev.dossier.nlp.lexicon.Match;
import dev.dossier.nlp.text.Abbreviations;
import dev.dossier.nlp.text.SentenceSplitter;
import dev.dossier.nlp.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences of a produced document's body (the language layer's splitter) and the countries and
 * weapons each names (its gazetteer), to find the sentences a gold item should have come from.
 */
final class Sentences {
    /** One sentence with the canonical names of the countries and weapons in it. */
    record Line(String text, List<String> countries, List<String> weapons) {
    }

    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter;
    private final Gazetteer gazetteer;
    private final Map<String, List<Line>> cache = new HashMap<>();

    Sentences() {
        Abbreviations abbreviations = Abbreviations.standard();
        this.tokenizer = new Tokenizer(abbreviations);
        this.splitter = new SentenceSplitter(abbreviations);
        this.gazetteer = Lexicon.standard().gazetteer();
    }

    List<Line> of(String body) {
        return cache.computeIfAbsent(body, this::split);
    }

    private List<Line> split(String body) {
        List<Line> out = new ArrayList<>();
        for (Sentence s : splitter.split(body, tokenizer.tokenize(body))) {
            String text = body.substring(s.span().start(), s.span().end());
            List<String> countries = new ArrayList<>();
            List<String> weapons = new ArrayList<>();
            for (Match m : gazetteer.find(text)) {
                Entity e = m.alias().entity();
                if (e.type() == EntityType.COUNTRY) {
                    countries.add(e.name());
                } else if (e.type() == EntityType.WEAPON) {
                    weapons.add(e.name());
                }
            }
            out.add(new Line(text, List.copyOf(countries), List.copyOf(weapons)));
        }
        return out;
    }

    /**
     * The sentences that name the system (as an entity, or any of its gold names in the text) or
     * one of the parties, those naming both first.
     */
    List<Line> candidates(String body, String system, Collection<String> systemNames, Collection<String> parties) {
        List<Line> both = new ArrayList<>();
        List<Line> one = new ArrayList<>();
        for (Line line : of(body)) {
            boolean sys = system != null && !system.equals("*") && (line.weapons().stream()
                    .anyMatch(w -> GoldRules.sameSystem(system, w, systemNames))
                    || systemNames.stream().anyMatch(n -> n.length() >= 3 && GoldRules.fold(line.text())
                            .contains(GoldRules.fold(n))));
            boolean party = line.countries().stream().anyMatch(c -> parties.contains(GoldRules.party(c)));
            if (sys && party) {
                both.add(line);
            } else if (sys || party) {
                one.add(line);
            }
        }
        both.addAll(one);
        return both;
    }
}
