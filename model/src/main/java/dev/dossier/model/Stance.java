package dev.dossier.model;

/** What a source does with a claim. */
public enum Stance { ASSERTS, DENIES, HEDGES }
