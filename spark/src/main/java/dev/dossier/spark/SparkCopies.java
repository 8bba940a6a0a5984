package dev.dossier.spark;

import dev.dossier.group.fingerprint.CopyIndex;
import dev.dossier.group.fingerprint.CopyRule;
import dev.dossier.group.fingerprint.UnionFind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Copy detection across partitions with the single-machine code's MinHash signatures, LSH band
 * keys and verification rule, and no all-pairs step: each signature is emitted once per band
 * under its bucket key, each bucket is verified where it lands (every pair in a small bucket, a
 * star and a chain in a large one, members in document-id order, exactly as
 * {@link CopyIndex} does), and the verified pairs are joined into components on the driver with
 * the same {@link UnionFind}, so each copy is named by the smallest id among its copies.
 */
final class SparkCopies {
    private SparkCopies() {}

    /** A document's fingerprint, as it travels between executors. */
    record Print(String id, byte[] signature, int shingles) implements Serializable {}

    /** The copy rule in a form that travels to executors (the group module's record is not Serializable). */
    record Rule(int bands, int rows, double minJaccard, double minContainment, int minShingles,
            double rewriteContainment, double rewriteJaccard) implements Serializable {
        static Rule of(CopyRule rule) {
            return new Rule(rule.bands(), rule.rows(), rule.minJaccard(), rule.minContainment(), rule.minShingles(),
                    rule.rewriteContainment(), rule.rewriteJaccard());
        }

        CopyRule copyRule() {
            return new CopyRule(bands, rows, minJaccard, minContainment, minShingles, rewriteContainment, rewriteJaccard);
        }
    }

    /** Document id → the smallest document id among its copies, for every fingerprinted document. */
    static Map<String, String> components(JavaRDD<Print> prints, CopyRule copyRule) {
        Rule rule = Rule.of(copyRule);
        List<Tuple2<String, String>> pairs = prints
                .flatMapToPair(print -> bandsOf(print, rule.copyRule()))
                .groupByKey()
                .flatMap(bucket -> verified(bucket._2(), rule.copyRule()))
                .collect();
        List<String> ids = new ArrayList<>(prints.map(Print::id).collect());
        ids.sort(null);
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            indexOf.put(ids.get(i), i);
        }
        UnionFind copies = new UnionFind(ids.size());
        for (Tuple2<String, String> pair : pairs) {
            copies.union(indexOf.get(pair._1()), indexOf.get(pair._2()));
        }
        int[] roots = copies.roots();
        Map<String, String> rootOf = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            rootOf.put(ids.get(i), ids.get(roots[i]));
        }
        return rootOf;
    }

    private static Iterator<Tuple2<Long, Print>> bandsOf(Print print, CopyRule rule) {
        List<Tuple2<Long, Print>> keys = new ArrayList<>(rule.bands());
        for (int band = 0; band < rule.bands(); band++) {
            long key = CopyIndex.bandKey(print.signature(), 0, band, rule.rows());
            keys.add(new Tuple2<>(key * rule.bands() + band, print));
        }
        return keys.iterator();
    }

    private static Iterator<Tuple2<String, String>> verified(Iterable<Print> bucket, CopyRule rule) {
        List<Print> members = new ArrayList<>();
        bucket.forEach(members::add);
        members.sort(java.util.Comparator.comparing(Print::id));
        List<Tuple2<String, String>> pairs = new ArrayList<>();
        boolean small = members.size() <= CopyIndex.smallBucket();
        for (int i = 1; i < members.size(); i++) {
            for (int j = small ? 0 : i - 1; j < i; j++) {
                check(members.get(j), members.get(i), rule, pairs);
            }
            if (!small) {
                check(members.get(0), members.get(i), rule, pairs);
            }
        }
        return pairs.iterator();
    }

    private static void check(Print a, Print b, CopyRule rule, List<Tuple2<String, String>> pairs) {
        if (rule.copies(a.signature(), a.shingles(), b.signature(), b.shingles())) {
            pairs.add(new Tuple2<>(a.id(), b.id()));
        }
    }
}
