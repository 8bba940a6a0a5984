/**
 * Near-duplicate fingerprints: text folding, word shingles, seeded one-permutation MinHash,
 * LSH banding and verification. Every function here is pure and deterministic (same input and
 * seed, same output, on any machine and in any order), so that a distributed job can call the
 * very same code and get the very same groups.
 *
 * <p>Depends on: JDK only.
 */
package dev.dossier.group.fingerprint;
