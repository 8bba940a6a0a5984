/**
 * Time expressions: recognition and normalisation against the publication date.
 *
 * <p>{@link dev.dossier.nlp.time.RuleTimeTagger} is the default {@link dev.dossier.nlp.time.TimeTagger}:
 * TIMEX3 (TimeML 1.2.1) dates, times, durations and sets from precompiled patterns. The rules
 * live in {@code DateRules} (written-out calendar dates), {@code PeriodRules} (seasons,
 * quarters, halves), {@code RelativeRules} (what only the anchor pins down: weekdays, "last
 * month", "two years ago") and {@code DurationRules} (durations, sets, present/past/future
 * references, clock times); {@code Extender} widens a match over its mod ("the end of",
 * "more than"), {@code Combiner} joins a clock time with its day, {@code Narrative} resolves
 * "the following year", "that year", "the same year" and "July of that year" against the latest
 * date written out before it. Every word list (months,
 * weekdays, number words, units, seasons, parts, modifiers, holidays, the words that make a
 * number a year or a quantity) is a TSV resource next to these classes.
 *
 * <p>Depends on: model. No clock, locale or time zone is read: the anchor is passed in and
 * every case change uses {@code Locale.ROOT}.
 */
package dev.dossier.nlp.time;
