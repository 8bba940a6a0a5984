package dev.dossier.nlp;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Attribution;
import dev.dossier.model.Document;
import dev.dossier.model.Mention;
import dev.dossier.model.MoneyMention;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.QuantityMention;
import dev.dossier.model.Sentence;
import dev.dossier.model.TimeMention;
import dev.dossier.model.Token;
import dev.dossier.nlp.amount.Approximations;
import dev.dossier.nlp.amount.MoneyTagger;
import dev.dossier.nlp.amount.QuantityTagger;
import dev.dossier.nlp.attribution.AttributionReader;
import dev.dossier.nlp.entity.LexiconTagger;
import dev.dossier.nlp.entity.PersonTagger;
import dev.dossier.nlp.entity.ShapeTagger;
import dev.dossier.nlp.lexicon.Lexicon;
import dev.dossier.nlp.lexicon.Tsv;
import dev.dossier.nlp.text.Abbreviations;
import dev.dossier.nlp.text.Digits;
import dev.dossier.nlp.text.SentenceSplitter;
import dev.dossier.nlp.text.Tokenizer;
import dev.dossier.nlp.time.RuleTimeTagger;
import dev.dossier.nlp.time.TimeTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The language layer in one pass: tokens and sentences, lexicon entities (countries,
 * organisations, weapon systems), people, time expressions (through a {@link TimeTagger}
 * anchored on the publication date), money, quantities and attribution. Every span points into
 * the unaltered body. The lexicons load once per instance; {@link #annotate} is thread-safe.
 */
public final class LanguageAnnotator implements Annotator {
    private final TimeTagger timeTagger;
    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter;
    private final Lexicon lexicon;
    private final LexiconTagger lexiconTagger;
    private final PersonTagger personTagger;
    private final ShapeTagger shapeTagger;
    private final MoneyTagger moneyTagger;
    private final QuantityTagger quantityTagger;
    private final AttributionReader attributionReader;

    public LanguageAnnotator() {
        this(new RuleTimeTagger());
    }

    public LanguageAnnotator(TimeTagger timeTagger) {
        this.timeTagger = java.util.Objects.requireNonNull(timeTagger, "timeTagger");
        Abbreviations abbreviations = Abbreviations.standard();
        tokenizer = new Tokenizer(abbreviations);
        splitter = new SentenceSplitter(abbreviations);
        lexicon = Lexicon.standard();
        lexiconTagger = new LexiconTagger(lexicon, Tsv.resource("category-words.tsv"));
        Tsv speechVerbs = Tsv.resource("speech-verbs.tsv");
        personTagger = new PersonTagger(Tsv.resource("titles.tsv"), Tsv.resource("given-names.tsv"),
                Tsv.resource("non-name-words.tsv"), speechVerbs);
        shapeTagger = new ShapeTagger(Tsv.resource("org-heads.tsv"), Tsv.resource("ship-prefixes.tsv"),
                Tsv.resource("non-name-words.tsv"), Tsv.resource("place-heads.tsv"),
                Tsv.resource("category-words.tsv"));
        Approximations approximations = new Approximations(Tsv.resource("approximations.tsv"));
        moneyTagger = new MoneyTagger(Tsv.resource("currencies.tsv"), Tsv.resource("scales.tsv"), approximations);
        quantityTagger = new QuantityTagger(Tsv.resource("units.tsv"), Tsv.resource("numbers.tsv"),
                Tsv.resource("counters.tsv"), approximations);
        attributionReader = new AttributionReader(speechVerbs, Tsv.resource("speaker-nouns.tsv"),
                Tsv.resource("media-nouns.tsv"), Tsv.resource("reporting-words.tsv"),
                Tsv.resource("speaker-heads.tsv"));
    }

    /** The lexicons this annotator reads with. */
    public Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public AnnotatedDocument annotate(Document document) {
        if (!document.ok() || document.body().isEmpty()) {
            return AnnotatedDocument.bare(document);
        }
        String body = document.body();
        List<Token> tokens = tokenizer.tokenize(body);
        List<Sentence> sentences = splitter.split(body, tokens);
        List<Mention> mentions = mentions(body, tokens);
        Optional<PartialDate> anchor = document.metadata().published().map(PublicationDate::date);
        // digits of every script as ASCII, worked out once for the three taggers that read numbers
        String numeric = Digits.ascii(body);
        List<TimeMention> times = timeTagger.tag(numeric, anchor);
        if (numeric != body) {
            times = withText(times, body);
        }
        List<MoneyMention> money = moneyTagger.tag(body, numeric);
        List<QuantityMention> quantities = withoutTimes(quantityTagger.tag(body, numeric, tokens, mentions, money), times);
        List<Attribution> attributions = attributionReader.read(body, tokens, sentences, mentions);
        return new AnnotatedDocument(document, tokens, sentences, mentions, times, money, quantities, attributions);
    }

    private List<Mention> mentions(String body, List<Token> tokens) {
        List<Mention> lexical = lexiconTagger.tag(body);
        List<Mention> all = new ArrayList<>(lexical);
        all.addAll(personTagger.tag(body, tokens, lexical));
        all.sort((a, b) -> a.span().compareTo(b.span()));
        all.addAll(shapeTagger.tag(body, tokens, all));
        all.sort((a, b) -> a.span().compareTo(b.span()));
        return all;
    }

    /**
     * The time tagger reads digits of every script as ASCII ("١٥ مارس ٢٠٢٣"); each mention's
     * text is given back as the body writes it.
     */
    private static List<TimeMention> withText(List<TimeMention> times, String body) {
        List<TimeMention> out = new ArrayList<>(times.size());
        for (TimeMention t : times) {
            String text = t.span().of(body);
            out.add(text.equals(t.text()) ? t
                    : new TimeMention(t.span(), text, t.type(), t.value(), t.date(), t.modifier(), t.rule()));
        }
        return out;
    }

    private static List<QuantityMention> withoutTimes(List<QuantityMention> quantities, List<TimeMention> times) {
        if (times.isEmpty()) {
            return quantities;
        }
        List<QuantityMention> kept = new ArrayList<>();
        for (QuantityMention quantity : quantities) {
            if (times.stream().noneMatch(time -> time.span().overlaps(quantity.span()))) {
                kept.add(quantity);
            }
        }
        return kept;
    }
}
