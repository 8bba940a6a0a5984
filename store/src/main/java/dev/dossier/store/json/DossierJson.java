package dev.dossier.store.json;

/**
 * The former name of {@link RecordJson}, kept only because the {@code spark} module still
 * imports it; it adds nothing. Use {@link RecordJson}.
 */
@Deprecated(forRemoval = true)
public final class DossierJson {
    private DossierJson() {}

    /** {@link RecordJson#write}. */
    public static String write(Object value) {
        return RecordJson.write(value);
    }

    /** {@link RecordJson#read}. */
    public static <T> T read(String json, Class<T> type) {
        return RecordJson.read(json, type);
    }
}
