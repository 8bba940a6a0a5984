package dev.dossier.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable document ids: derived from the source path and the content, nothing else. */
public final class DocumentId {
    private DocumentId() {}

    /** The first 16 hex digits of SHA-256 over the source path, a NUL, and the content. */
    public static String of(String source, byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Checks.present(source, "source").getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Checks.present(content, "content"));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
