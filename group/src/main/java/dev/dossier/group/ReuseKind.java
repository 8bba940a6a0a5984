package dev.dossier.group;

/** What is shared between documents that are not copies of one another. */
public enum ReuseKind {
    /** A paragraph that reads the same once folded (case, accents, punctuation, spelling variants). */
    PARAGRAPH,
    /** A quotation (text in quotation marks) of some length that reads the same once folded. */
    QUOTE
}
