package dev.dossier.extract.decode;

import java.util.Optional;

/** Text decoded from bytes and the charset used, or why the bytes are not text. */
public record Decoded(String text, String charset, Optional<String> problem) {
    public static Decoded text(String text, String charset) {
        return new Decoded(text, charset, Optional.empty());
    }

    public static Decoded notText(String problem) {
        return new Decoded("", "", Optional.of(problem));
    }
}
