/**
 * Language identification from stopword profiles ({@code stopwords.tsv}) and scripts.
 *
 * <p>Depends on: nothing but the JDK.
 */
package dev.dossier.extract.lang;
