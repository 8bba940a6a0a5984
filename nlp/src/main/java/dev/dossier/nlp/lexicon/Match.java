package dev.dossier.nlp.lexicon;

/** An alias found at {@code [start, end)} of a text. */
public record Match(int start, int end, Alias alias) {}
