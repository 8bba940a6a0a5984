/**
 * A seeded generator of test corpora for copy detection: news-like articles grouped by event,
 * planted copies (light edits, dropped paragraphs, respelled names, British vs US spelling,
 * country-name variants, other boilerplate) and hard negatives (other articles about the same
 * event that share quotes and background sentences). Document {@code i} depends only on the
 * seed and {@code i}, so a corpus of any size can be streamed without holding it.
 *
 * <p>{@link dev.dossier.group.corpus.RealLookingCorpus} makes a real-looking corpus instead, from a
 * few real-looking articles (the project's examples): variants with paragraphs shuffled and names
 * and numbers changed, planted copies, and a truth file naming each document's source article.
 *
 * <p>Depends on: the fingerprint package's hashing only.
 */
package dev.dossier.group.corpus;
