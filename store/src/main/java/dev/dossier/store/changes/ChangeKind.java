package dev.dossier.store.changes;

/** What a {@link Change} is; the slot kinds are the ones a deal ledger reader watches. */
public enum ChangeKind {
    NEW_DEAL,
    DEAL_GONE,
    /** Talks, ordered, delivering, delivered, cancelled or disputed: another of them. */
    DEAL_STATUS_CHANGED,
    /** A slot that had no value now has one. */
    NEW_SLOT_VALUE,
    SLOT_VALUE_CHANGED,
    /** Same value, another number of independent origins. */
    SLOT_SUPPORT_CHANGED,
    SLOT_GONE,
    NEW_EVENT,
    /** Its type, date or status changed, or it absorbed other events. */
    EVENT_CHANGED,
    EVENT_GONE,
    NEW_CONTRADICTION,
    /** Its sides or their independent origins changed. */
    CONTRADICTION_CHANGED,
    CONTRADICTION_GONE
}
