package dev.dossier.ingest;

/**
 * What a folder walk does with symbolic links. A link that stays inside the input folder is
 * always followed (once: a loop is reported, not walked forever); a link that leads outside it
 * is left out with a reason unless the user asked for {@link #FOLLOW_ALL}, so that a folder of
 * articles cannot make Dossier read, say, a home directory.
 */
public enum Links {
    /** Follow links whose target lies inside the input folder; list the others as skipped. */
    INSIDE_INPUT,
    /** Follow every link (loops are still reported once and not walked). */
    FOLLOW_ALL
}
