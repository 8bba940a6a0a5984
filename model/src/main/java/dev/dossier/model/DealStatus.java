package dev.dossier.model;

/** How far a deal has gone. */
public enum DealStatus { TALKS, ORDERED, DELIVERING, DELIVERED, CANCELLED, DISPUTED }
