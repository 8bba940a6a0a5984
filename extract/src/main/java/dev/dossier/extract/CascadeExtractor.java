package dev.dossier.extract;

import dev.dossier.extract.decode.ContentDecoder;
import dev.dossier.extract.decode.Decoded;
import dev.dossier.extract.html.HtmlArticleReader;
import dev.dossier.extract.lang.LanguageIdentifier;
import dev.dossier.extract.text.JunkLexicon;
import dev.dossier.extract.text.TextArticleReader;
import dev.dossier.model.ContentKind;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentId;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Metadata;
import dev.dossier.model.RawDocument;
import java.util.Optional;

/**
 * The default extractor. For each raw document, top to bottom:
 * <ol>
 *   <li>a document the source could not read keeps the source's reason (skipped or failed);</li>
 *   <li>bytes become text (BOM, declared charset, meta charset, UTF-8 check, byte statistics);
 *       binary or empty content is skipped with a reason;</li>
 *   <li>HTML goes through {@link HtmlArticleReader} (main content and metadata), text through
 *       {@link TextArticleReader} (front matter, junk lines, header);</li>
 *   <li>the language is identified from the clean body unless the source named it;</li>
 *   <li>no article text left: skipped with a reason. Anything unexpected: failed with a reason.</li>
 * </ol>
 * Thread-safe; the same raw document always gives the same document.
 */
public final class CascadeExtractor implements Extractor {
    /** Sources mark a document they chose not to read with this prefix (as dev.dossier.ingest.Problems does). */
    public static final String SKIPPED_PREFIX = "skipped: ";

    private final TextArticleReader text;
    private final HtmlArticleReader html;
    private final LanguageIdentifier languages = new LanguageIdentifier();

    public CascadeExtractor() {
        JunkLexicon lexicon = JunkLexicon.standard();
        this.text = new TextArticleReader(lexicon);
        this.html = new HtmlArticleReader(text);
    }

    @Override
    public Document extract(RawDocument raw) {
        String id = DocumentId.of(raw.source(), raw.content());
        if (raw.problem().isPresent()) {
            String problem = raw.problem().get();
            DocumentStatus status = problem.startsWith(SKIPPED_PREFIX) ? DocumentStatus.SKIPPED : DocumentStatus.FAILED;
            return notOk(id, raw, status, problem.startsWith(SKIPPED_PREFIX) ? problem.substring(SKIPPED_PREFIX.length()) : problem);
        }
        try {
            return read(id, raw);
        } catch (RuntimeException | StackOverflowError e) {
            return notOk(id, raw, DocumentStatus.FAILED, "extraction failed: " + e);
        }
    }

    private Document read(String id, RawDocument raw) {
        Decoded decoded = ContentDecoder.decode(raw.content(), raw.charset(), raw.kind());
        if (decoded.problem().isPresent()) {
            return notOk(id, raw, DocumentStatus.SKIPPED, decoded.problem().get());
        }
        Article article = raw.kind() == ContentKind.HTML ? html.read(decoded.text(), raw.metadata())
                : text.readText(decoded.text(), raw.metadata());
        if (article.body().isBlank()) {
            return notOk(id, raw, DocumentStatus.SKIPPED, "no article text found (" + decoded.charset() + ", "
                    + raw.size() + " bytes)");
        }
        Metadata metadata = article.metadata();
        if (metadata.language().isEmpty()) {
            metadata = metadata.withLanguage(languages.identify(article.body()).orElse(null));
        }
        return new Document(id, raw.source(), metadata, article.body(), DocumentStatus.OK, Optional.empty());
    }

    private static Document notOk(String id, RawDocument raw, DocumentStatus status, String reason) {
        return new Document(id, raw.source(), raw.metadata(), "", status, Optional.of(raw.source() + ": " + reason));
    }
}
