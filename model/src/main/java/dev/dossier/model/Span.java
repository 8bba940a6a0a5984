package dev.dossier.model;

/** A character range in a document's clean body; {@code end} is exclusive. */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        Checks.nonNegative(start, "start");
        if (end < start) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers in {@code body}. */
    public String of(CharSequence body) {
        return body.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
