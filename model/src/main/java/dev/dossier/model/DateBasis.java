package dev.dossier.model;

/** Where a publication date came from, strongest first. */
public enum DateBasis { METADATA, DATELINE, TEXT, URL, COPYRIGHT }
