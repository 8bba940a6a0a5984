package dev.dossier.extract.decode;

import dev.dossier.model.ContentKind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text. Binary content is refused with a reason. The charset is, in order: a byte-order
 * mark; UTF-16 recognised without one; the charset the source declared; an HTML meta charset or
 * XML declaration; UTF-8 when the bytes are valid UTF-8; UTF-8 with Windows-1252 bytes mixed in
 * when they hold valid multi-byte sequences and stray bytes; otherwise a guess from byte
 * statistics between Windows-1251 and KOI8-R (Cyrillic) and Windows-1252 (Latin-1).
 */
public final class ContentDecoder {
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-z0-9_:.-]+)");

    private ContentDecoder() {}

    public static Decoded decode(byte[] bytes, Optional<String> declared, ContentKind kind) {
        if (bytes.length == 0) {
            return Decoded.notText("empty: no bytes to read");
        }
        Optional<Charset> bom = Bom.charset(bytes);
        if (bom.isPresent()) {
            int skip = Bom.length(bytes);
            return Decoded.text(new String(bytes, skip, bytes.length - skip, bom.get()), bom.get().name());
        }
        Optional<Charset> utf16 = Utf16.withoutBom(bytes);
        if (utf16.isPresent()) {
            return Decoded.text(new String(bytes, utf16.get()), utf16.get().name());
        }
        Optional<String> binary = Binary.reason(bytes);
        if (binary.isPresent()) {
            return Decoded.notText(binary.get());
        }
        Optional<Charset> named = declared.flatMap(ContentDecoder::charset)
                .or(() -> kind == ContentKind.HTML ? metaCharset(bytes) : Optional.empty());
        if (named.isPresent() && !named.get().equals(StandardCharsets.UTF_8)) {
            return Decoded.text(new String(bytes, named.get()), named.get().name());
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            return Decoded.text(utf8.get(), StandardCharsets.UTF_8.name());
        }
        if (Utf8.valid(bytes)) {
            return Decoded.text(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8.name());
        }
        Charset charset = SingleByte.guess(bytes);
        if (charset.name().equals("windows-1252") && MixedUtf8.hasUtf8Sequences(bytes)) {
            return Decoded.text(MixedUtf8.decode(bytes), "UTF-8 with windows-1252");
        }
        return Decoded.text(new String(bytes, charset), charset.name());
    }

    /**
     * The bytes as UTF-8 when they are valid UTF-8 throughout. The JDK's decoder turns every invalid
     * sequence into U+FFFD, so a result without one is valid; only otherwise is the strict (slower)
     * decoder asked, since the page may contain U+FFFD itself.
     */
    private static Optional<String> strictUtf8(byte[] bytes) {
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return Optional.of(fast);
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? charset(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    static Optional<Charset> charset(String name) {
        try {
            String n = name.strip().toLowerCase(Locale.ROOT);
            // Browsers read pages labelled Latin-1 or ASCII as Windows-1252 (WHATWG Encoding).
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
                return Optional.of(Charset.forName("windows-1252"));
            }
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
