package dev.dossier.model;

/** Polarity and modality of an event as the sources put it. */
public enum EventStatus { ASSERTED, REPORTED, DENIED, DISPUTED, PLANNED, SPECULATIVE }
