package dev.dossier.model;

/** How much of a calendar date the text supports. */
public enum Precision { YEAR, MONTH, DAY }
