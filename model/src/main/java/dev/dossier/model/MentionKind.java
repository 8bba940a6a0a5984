package dev.dossier.model;

/** How a mention names its entity. */
public enum MentionKind {
    /** The canonical name or a full alias: "Turkey", "Türkiye", "S-400 Triumf". */
    NAME,
    /** A demonym or adjective: "Turkish", "Russian". */
    DEMONYM,
    /** A capital or other metonym: "Ankara", "the Kremlin". */
    METONYM,
    /** A code or acronym: "US", "SSB". */
    CODE,
    /** A later short form linked to an earlier full mention: "Akar" after "Hulusi Akar". */
    SHORT
}
