package dev.dossier.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Ids derived from content ("e-3f0a…", "d-…", "c-…"): a prefix and 12 lowercase hex digits (48 bits)
 * of SHA-256 over the parts that make a thing what it is, so that reconciling any subset of the
 * assertions that holds a thing's whole evidence gives it the id the whole reconcile gives it, and
 * links ({@code /deals/d-…}) survive added articles.
 */
final class Ids {
    private static final int HEX_DIGITS = 12;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Ids() {}

    /** {@code prefix-} and the hash of the parts, each length-prefixed so no two lists of parts read alike. */
    static String of(String prefix, Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            String s = String.valueOf(part);
            text.append(s.length()).append(':').append(s).append(';');
        }
        byte[] hash = sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder id = new StringBuilder(prefix).append('-');
        for (int i = 0; i < HEX_DIGITS / 2; i++) {
            id.append(HEX[(hash[i] >> 4) & 0xF]).append(HEX[hash[i] & 0xF]);
        }
        return id.toString();
    }

    /**
     * Fails when two of {@code items} got one id: at 48 bits that should never happen, and a suffix
     * would make an id depend on what else was reconciled, so it must not pass unnoticed.
     */
    static <T> void requireUnique(List<T> items, Function<T, String> id) {
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            T before = seen.putIfAbsent(id.apply(item), item);
            if (before != null) {
                throw new IllegalStateException("two parts of one reconcile got the id " + id.apply(item) + ": "
                        + before + " and " + item);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
