package dev.dossier.model;

/** TimeML's TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }
