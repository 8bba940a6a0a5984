package dev.dossier.model;

/** What the bytes of a raw document are, once containers (WARC, JSONL, feeds, gzip) are opened. */
public enum ContentKind { TEXT, HTML }
