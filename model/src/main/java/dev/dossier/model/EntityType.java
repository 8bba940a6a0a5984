package dev.dossier.model;

/** The kinds of named things Dossier reads. */
public enum EntityType { COUNTRY, ORGANISATION, WEAPON, PERSON, LOCATION, NEWS_AGENCY, OTHER }
