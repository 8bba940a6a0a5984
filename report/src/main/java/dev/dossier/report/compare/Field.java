package dev.dossier.report.compare;

/** The deal fields compared with SIPRI; {@link #key()} is the slot's name in dossier.json and compare.json. */
public enum Field {
    ORDER_DATE("order_date", "CONTRACT_SIGNED"),
    QUANTITY("quantity", null),
    VALUE("value", null),
    FIRST_DELIVERY("first_delivery", "DELIVERY");

    private final String key;
    private final String eventType;

    Field(String key, String eventType) {
        this.key = key;
        this.eventType = eventType;
    }

    public String key() {
        return key;
    }

    /** The event type that dates this field, for order date and first delivery. */
    String eventType() {
        return eventType;
    }
}
