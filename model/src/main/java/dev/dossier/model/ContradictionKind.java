package dev.dossier.model;

/** Why sources cannot all be right. */
public enum ContradictionKind {
    /** Incompatible values for one slot. */
    VALUE,
    /** Some origins assert an event, others deny it. */
    POLARITY,
    /** An impossible order, such as a delivery before the contract. */
    CHRONOLOGY,
    /** One article contradicts itself. */
    SELF
}
