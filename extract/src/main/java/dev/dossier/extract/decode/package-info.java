/**
 * Bytes to text: binary refusal, byte-order marks, declared and meta charsets, UTF-8 validity and
 * a Windows-1251/1252 guess from byte statistics.
 *
 * <p>Depends on: model.
 */
package dev.dossier.extract.decode;
