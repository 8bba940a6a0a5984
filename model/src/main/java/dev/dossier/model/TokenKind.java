package dev.dossier.model;

/** The coarse shape of a token. */
public enum TokenKind { WORD, NUMBER, PUNCTUATION, SYMBOL }
