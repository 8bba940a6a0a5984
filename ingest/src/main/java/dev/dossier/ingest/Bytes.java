package dev.dossier.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads a file's bytes, un-gzipping when asked, within a size limit; problems name the file and byte offset. */
final class Bytes {
    /** The bytes, or why they could not be had (skipped when too large, failed when unreadable). */
    record Result(byte[] bytes, String problem, boolean skipped) {
        boolean ok() {
            return problem == null;
        }
    }

    private Bytes() {}

    static Result read(Path file, boolean gzip, Limits limits) {
        try {
            long size = Files.size(file);
            if (!gzip && size > limits.maxDocumentBytes()) {
                return tooLarge(size + " bytes", limits);
            }
            if (size == 0) {
                return new Result(new byte[0], null, false);
            }
            return gzip ? gunzip(file, limits) : new Result(Files.readAllBytes(file), null, false);
        } catch (IOException e) {
            return new Result(null, "cannot read: " + reason(e, file), false);
        }
    }

    /**
     * The kind of I/O error and its message, without the file's path: the caller names the file
     * already ({@code AccessDenied}, not {@code java.nio.file.AccessDeniedException: /a/b.txt}).
     */
    static String reason(IOException e, Path file) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        String message = e.getMessage();
        if (message == null || message.equals(file.toString())) {
            return kind;
        }
        return kind + " (" + message.replace(file.toString() + ": ", "").replace(file.toString(), "the file") + ")";
    }

    private static Result gunzip(Path file, Limits limits) throws IOException {
        Counting counted = new Counting(Files.newInputStream(file));
        try (counted; InputStream in = new GZIPInputStream(counted)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
            if (bytes.length > limits.maxDocumentBytes()) {
                return tooLarge("more than " + limits.maxDocumentBytes() + " bytes once uncompressed", limits);
            }
            return new Result(bytes, null, false);
        } catch (EOFException e) {
            return new Result(null, "truncated gzip: compressed data ends too early, at byte offset " + Files.size(file), false);
        } catch (ZipException e) {
            return new Result(null, "corrupt gzip near byte offset " + counted.count + ": " + e.getMessage(), false);
        }
    }

    private static Result tooLarge(String size, Limits limits) {
        return new Result(null, "too large: " + size + ", over the " + limits.maxDocumentBytes() + "-byte limit", true);
    }

    /** Counts the bytes read through it. */
    static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
