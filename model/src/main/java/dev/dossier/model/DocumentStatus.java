package dev.dossier.model;

/** Whether a document made it through a stage. */
public enum DocumentStatus { OK, SKIPPED, FAILED }
