package dev.dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One annotator shared by threads reads each document exactly as it does alone. */
class LanguageAnnotatorConcurrencyTest {
    @Test
    void sharedAcrossThreadsGivesTheSameResult() throws Exception {
        LanguageAnnotator annotator = new LanguageAnnotator();
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            documents.add(Fixtures.document("Poland ordered " + (i + 2) + " K2 tanks worth $" + i
                    + " billion, Defence Minister Jan Nowicki said. \u201CIt is signed,\u201D Nowicki told PAP."));
        }
        List<AnnotatedDocument> alone = documents.stream().map(annotator::annotate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnnotatedDocument>> futures = new ArrayList<>();
            documents.forEach(d -> futures.add(pool.submit(() -> annotator.annotate(d))));
            for (int i = 0; i < documents.size(); i++) {
                assertEquals(alone.get(i), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
