package dev.dossier.model;

/** The event types of DESIGN.md. */
public enum EventType {
    TALKS, OFFER, CONTRACT_SIGNED, APPROVAL, PAYMENT, DELIVERY, TEST, DEPLOYMENT, LOCAL_PRODUCTION, DELAY,
    CANCELLATION, SANCTION, WAIVER, PROGRAM_EXCLUSION, OTHER;

    /** Types whose parties are a supplier and a recipient (the rest take actor and target). */
    public boolean isTransfer() {
        return switch (this) {
            case TALKS, OFFER, CONTRACT_SIGNED, APPROVAL, PAYMENT, DELIVERY, LOCAL_PRODUCTION, DELAY,
                    CANCELLATION -> true;
            default -> false;
        };
    }
}
