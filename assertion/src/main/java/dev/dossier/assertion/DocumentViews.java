package dev.dossier.assertion;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Attribution;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every sentence of one document with what the language layer found in it, worked out in one
 * pass over each list: each mention, time, amount and quantity is placed in the sentence that
 * holds it by a binary search, instead of every sentence filtering every list (which made long
 * documents cost the square of their length). {@link #view} gives exactly what
 * {@link SentenceView#of} gives: the same items, in the document's order.
 */
final class DocumentViews {
    private final AnnotatedDocument document;
    private final Span[] spans;
    /** Sentence positions (into the document's list) ordered by the start of their trimmed span. */
    private final Integer[] byStart;
    private final List<List<Integer>> mentions;
    private final List<List<Integer>> times;
    private final List<List<Integer>> money;
    private final List<List<Integer>> quantities;
    private final List<TreeSet<Integer>> attributions;
    /** The position of the first sentence with each index (a sentence's index is normally its position). */
    private final java.util.Map<Integer, Integer> positionOfIndex = new java.util.HashMap<>();

    private DocumentViews(AnnotatedDocument document) {
        this.document = document;
        List<Sentence> sentences = document.sentences();
        spans = new Span[sentences.size()];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = SentenceView.trimmed(document.body(), sentences.get(i).span());
        }
        byStart = new Integer[spans.length];
        Arrays.setAll(byStart, i -> i);
        Arrays.sort(byStart, (a, b) -> Integer.compare(spans[a].start(), spans[b].start()));
        mentions = bucket(document.mentions(), m -> m.span());
        times = bucket(document.times(), t -> t.span());
        money = bucket(document.money(), m -> m.span());
        quantities = bucket(document.quantities(), q -> q.span());
        attributions = attributionBuckets();
        for (int i = 0; i < sentences.size(); i++) {
            positionOfIndex.putIfAbsent(sentences.get(i).index(), i);
        }
    }

    static DocumentViews of(AnnotatedDocument document) {
        return new DocumentViews(document);
    }

    /** The view of the document's {@code position}-th sentence. */
    SentenceView view(int position) {
        Sentence sentence = document.sentences().get(position);
        return SentenceView.of(document, sentence, spans[position], pick(document.mentions(), mentions.get(position)),
                pick(document.times(), times.get(position)), pick(document.money(), money.get(position)),
                pick(document.quantities(), quantities.get(position)),
                pick(document.attributions(), List.copyOf(attributions.get(position))));
    }

    /**
     * The view of the first sentence whose index is {@code index}, empty when there is none: what
     * searching the document's sentences for it gives, found without going over them.
     */
    java.util.Optional<SentenceView> viewOfIndex(int index) {
        Integer position = positionOfIndex.get(index);
        return position == null ? java.util.Optional.empty() : java.util.Optional.of(view(position));
    }

    private static <T> List<T> pick(List<T> all, List<Integer> indexes) {
        List<T> picked = new ArrayList<>(indexes.size());
        indexes.forEach(i -> picked.add(all.get(i)));
        return picked;
    }

    /** For each sentence, the indexes (in list order) of the items its span contains. */
    private <T> List<List<Integer>> bucket(List<T> items, Function<T, Span> spanOf) {
        List<List<Integer>> buckets = emptyBuckets();
        for (int i = 0; i < items.size(); i++) {
            Span span = spanOf.apply(items.get(i));
            for (int k = lastStartingAtOrBefore(span.start()); k >= 0; k--) {
                Span sentence = spans[byStart[k]];
                if (sentence.contains(span)) {
                    buckets.get(byStart[k]).add(i);
                }
                if (sentence.end() <= span.start()) {
                    break; // it ends before the item: sentences that start earlier end earlier still
                }
            }
        }
        return buckets;
    }

    /** An attribution belongs to every sentence its content overlaps and to the one holding its cue. */
    private List<TreeSet<Integer>> attributionBuckets() {
        List<TreeSet<Integer>> buckets = new ArrayList<>();
        for (int i = 0; i < spans.length; i++) {
            buckets.add(new TreeSet<>());
        }
        List<Attribution> all = document.attributions();
        for (int i = 0; i < all.size(); i++) {
            Attribution a = all.get(i);
            for (int k = lastStartingAtOrBefore(Math.max(a.content().end(), a.cue().end())); k >= 0; k--) {
                Span sentence = spans[byStart[k]];
                if (a.content().overlaps(sentence) || sentence.contains(a.cue())) {
                    buckets.get(byStart[k]).add(i);
                }
                if (sentence.end() <= Math.min(a.content().start(), a.cue().start())) {
                    break;
                }
            }
        }
        return buckets;
    }

    private List<List<Integer>> emptyBuckets() {
        List<List<Integer>> buckets = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            buckets.add(new ArrayList<>());
        }
        return buckets;
    }

    /** The last position in {@link #byStart} whose sentence starts at or before {@code offset}, or -1. */
    private int lastStartingAtOrBefore(int offset) {
        int low = 0;
        int high = byStart.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (spans[byStart[mid]].start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
