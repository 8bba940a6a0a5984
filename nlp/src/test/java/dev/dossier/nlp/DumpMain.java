package dev.dossier.nlp;

import dev.dossier.model.AnnotatedDocument;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the layer reads in a text file: a development aid, not a test. */
public final class DumpMain {
    public static void main(String[] args) throws Exception {
        LanguageAnnotator annotator = new LanguageAnnotator();
        for (String arg : args) {
            String body = Files.readString(Path.of(arg));
            AnnotatedDocument doc = annotator.annotate(Fixtures.document(body));
            System.out.println("== " + arg + " tokens=" + doc.tokens().size() + " sentences=" + doc.sentences().size());
            doc.sentences().stream().limit(Integer.getInteger("sentences", 0))
                    .forEach(s -> System.out.println("  S " + s.span().of(body).replace('\n', ' ')));
            doc.mentions().forEach(m -> System.out.println("  M " + m.kind() + " '" + m.text() + "' -> " + m.entity().id()
                    + " " + m.entity().attributes()));
            doc.times().forEach(t -> System.out.println("  T '" + t.text() + "' " + t.value().orElse("-") + " " + t.rule()));
            doc.money().forEach(m -> System.out.println("  $ '" + m.text() + "' " + m.money()));
            doc.quantities().forEach(q -> System.out.println("  Q '" + q.text() + "' " + q.quantity() + " ord=" + q.ordinal()
                    + " " + q.entity().map(e -> e.name()).orElse("")));
            doc.attributions().forEach(a -> System.out.println("  A " + a.stance() + " speaker=" + a.speaker().orElse("-")
                    + " desc=" + a.description().orElse("-") + " via=" + a.via().orElse("-") + " direct=" + a.direct()
                    + " rule=" + a.rule() + "\n      cue='" + a.cue().of(body) + "' content='"
                    + a.content().of(body).replace('\n', ' ') + "'"));
        }
    }
}
