package dev.dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile text never throws, and every span stays inside the body. Seeded, so failures repeat. */
class LanguageAnnotatorRobustnessTest {
    private static final String ALPHABET = "aAbBsS-400 .,;:!?\"'“”‘’()$€£₹%0123456789\n\t\u00A0İıçğşÜü—–…/&~said told according to ";
    private static final LanguageAnnotator ANNOTATOR = new LanguageAnnotator();

    @Test
    void randomTextIsReadSafely() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            check(text.toString());
        }
    }

    @Test
    void randomCueSoupIsReadSafely() {
        String[] words = {"said", "told", "according", "to", "cited", "as", "saying", "quoted", "by", "was",
            "Reuters", "TASS", "Turkey", "a", "the", "official", ",", ".", "\u201C", "\u201D", "\"", ":", "which",
            "citing", "Ivan", "Petrov", "$", "2.5", "billion", "second", "batch", "In", "2024", "not", "that",
            "meanwhile", "cast", "doubt", "denied", "Defence", "Minister", "S-400", "\n\n", "K2", "tanks", "four"};
        Random random = new Random(11);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            check(text.toString());
        }
    }

    @Test
    void edgeCasesAreReadSafely() {
        for (String text : List.of("", " ", "\"", "“", "”", ".", "said", ", said", "according to", "$", "$5",
                "cited as saying", "a second", "Mr.", "U.S.", "S-", "-400", "“Unclosed quote, he said", "\n\n\n",
                "TASS cited as saying: “", "X said: ", "1.200.300,5 millones de euros", "₹ crore")) {
            check(text);
        }
    }

    private static void check(String body) {
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(body));
        List<Span> spans = new ArrayList<>();
        doc.tokens().forEach(t -> spans.add(t.span()));
        doc.sentences().forEach(s -> spans.add(s.span()));
        doc.mentions().forEach(m -> spans.add(m.span()));
        doc.money().forEach(m -> spans.add(m.span()));
        doc.quantities().forEach(q -> spans.add(q.span()));
        doc.attributions().forEach(a -> {
            spans.add(a.content());
            spans.add(a.cue());
        });
        for (Span span : spans) {
            assertTrue(span.end() <= body.length(), () -> "span " + span + " outside body of " + body.length());
        }
    }
}
