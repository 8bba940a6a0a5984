package dev.dossier.nlp.time;

import dev.dossier.model.PartialDate;
import dev.dossier.model.TimexType;
import dev.dossier.nlp.time.Rule.Triggers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Expressions that are not a point on the calendar: durations ("two weeks" → P2W, "the past
 * three years" → P3Y), sets ("every year", "annually" → P1Y), references to the present,
 * past or future ("now", "recently", "the future") and clock times ("10 a.m.").
 */
final class DurationRules {
    private static final Set<String> RATE_CUES = Set.of("times", "once", "twice", "thrice", "percent", "million",
            "billion", "trillion", "%", "cents", "hours", "days");
    private static final Set<String> AFTER_A_SECOND = Set.of("later", "ago", "earlier", "before", "after", "or", "and",
            "too", "longer", "more", "in", "of", "to", "for");
    private static final Set<String> SOME_DAY_CUES = Set.of("", "to", "could", "might", "may", "would", "will", "and",
            "that", "hope", "hopes");
    private static final Set<String> FREQUENCY = Set.of("once", "twice", "thrice");
    private final Grammar g;

    DurationRules(Grammar grammar) {
        this.g = grammar;
    }

    List<Rule> rules() {
        TimeLexicon lex = g.lexicon();
        return List.of(
                Rule.of("set", Triggers.words(lex.sets.keySet().stream()), "(?<![\\w-])(?i:" + TimeLexicon.alternation(lex.sets.keySet()) + ")(?!\\w)", this::set),
                Rule.of("every", Triggers.words("every", "each"), "(?<![\\w-])(?i:every|each)\\s+(?:(?<other>(?i:other))\\s+|(?<n>" + g.number + ")\\s+)?"
                        + "(?:(?<u>" + g.unit + ")|(?<w>" + g.weekday + ")|(?<p>" + g.daypart + "))", this::every),
                Rule.of("duration", Triggers.words("the", "past", "last", "next", "coming", "previous", "remaining", "other").and(g.numbers), "(?<![\\w-])(?:(?i:(?:the\\s+)?(?:past|last|next|coming|previous|"
                        + "remaining|other)\\s+))?(?<n>" + g.number + ")(?:\\s+|-)(?:(?i:more|additional|extra|straight|"
                        + "consecutive|full)\\s+)?(?<u>" + g.unit + ")(?:-long)?(?!-old|\\s+old|-)", this::duration),
                Rule.of("vague-duration", Triggers.words("years", "months", "decades", "weeks", "days", "hours", "centuries"), "(?<=(?i:\\bfor|\\bwithin|\\bafter|\\blasted|\\btakes?|\\btook|\\bamid|\\bfollowing|\\bdespite)\\s)(?<u>(?i:years|months|decades|weeks|days|hours|centuries))(?!\\w)",
                        this::vague),
                Rule.of("recent", Triggers.words("recent"), "(?<![\\w-])(?i:recent\\s+(?<u>years|months|weeks|days|decades))(?!\\w)", this::vague),
                Rule.of("reference", Triggers.words(lex.references.keySet().stream()), "(?<![\\w-])(?i:" + TimeLexicon.alternation(lex.references.keySet()) + ")(?![\\w-])",
                        this::reference),
                Rule.of("clock", Triggers.words("noon", "midnight").withDigits(), "(?<![\\w.:])(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\\d))?\\s*(?<ap>(?i:a\\.m\\.|p\\.m\\.|am|pm)"
                        + "(?!\\w))|(?<![\\w-])(?<named>(?i:noon|midnight))(?!\\w)", this::clock),
                Rule.of("clock24", Triggers.DIGITS, "(?<![\\w.:])(?=\\d{4}(?!\\d)|\\d{1,2}[:.])(?<h>[01]?\\d|2[0-3])[:.]?(?<mi>[0-5]\\d)\\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST"
                        + "|MSK|IST|JST|EST|EDT|CST|CDT|PST|PDT|ET|PT|Z|(?i:local time|hrs|hours))(?!\\w)", this::clock24),
                Rule.of("clock-at", Triggers.DIGITS, "(?<=(?i:\\bat)\\s)(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?![.:]?\\d)", this::clock24),
                Rule.of("weekday-set", Triggers.words(Stream.concat(Stream.of("on", "every"), g.lexicon().weekdays.keySet().stream().map(w -> w + "s"))), "(?<!\\w)(?:(?i:on|every)\\s+)?(?<w>" + g.weekday.replace("(?!\\w)", "") + ")s(?!\\w)",
                        (m, c, r) -> Optional.of(Found.of(m.start("w"), m.end(), TimexType.SET,
                                "XXXX-WXX-" + g.weekdayOf(m.group("w")), r))),
                Rule.of("half", Triggers.words("half").and(g.numbers), "(?<![\\w-])(?i:half\\s+an?\\s+(?<u>hour|day|year|month|century)|(?:an?|one)\\s+(?<u2>hour|year|"
                        + "month|day)\\s+and\\s+a\\s+half|(?<n>\\d+|" + "one|two|three|four|five|six|seven|eight|nine|ten)\\s+and\\s+a\\s+half\\s+"
                        + "(?<u3>hours|days|weeks|months|years))(?!\\w)", this::half),
                Rule.of("vague-span", Triggers.words("the"), "(?<![\\w-])(?i:the\\s+(?:past|last|next|coming|previous)\\s+(?<u>years|months|weeks|days|"
                        + "decades|hours))(?!\\w)", this::vague),
                Rule.of("over-the-years", Triggers.words("the"), "(?<=(?i:\\bover|\\bthrough)\\s)(?i:the\\s+(?<u>years|decades|months))(?!\\w)", this::vague));
    }

    /** "a year" counts as a rate only after a number or amount: "$5 billion a year", "twice a year". */
    private Optional<Found> set(Matcher m, Context c, String rule) {
        String phrase = m.group().toLowerCase(Locale.ROOT);
        boolean article = phrase.startsWith("a ") || phrase.startsWith("an ");
        if (article && !isRateCue(c.wordBefore(m.start()), c)) {
            return Optional.empty();
        }
        String value = TimeLexicon.find(g.lexicon().sets, phrase, true);
        String before = c.wordBefore(m.start());
        int start = FREQUENCY.contains(before) ? c.wordStartBefore(m.start()) : m.start();
        return Optional.of(Found.of(start, m.end(), TimexType.SET, value, rule));
    }

    private static boolean isRateCue(String word, Context c) {
        return RATE_CUES.contains(word) || c.lexicon().quantityNouns.contains(word) || word.matches("[\\d.,]+%?");
    }

    private Optional<Found> every(Matcher m, Context c, String rule) {
        if (m.group("w") != null || m.group("p") != null) {
            String value = m.group("w") != null ? "XXXX-WXX-" + g.weekdayOf(m.group("w")) : "XXXX-XX-XXT" + g.daypartOf(m.group("p"));
            return Optional.of(Found.of(m.start(), m.end(), TimexType.SET, value, rule));
        }
        String count = m.group("other") != null ? "2" : m.group("n") == null ? "1" : g.count(m.group("n")).orElse("X");
        String value = Grammar.duration(count, g.unitOf(m.group("u")));
        return Optional.of(Found.of(m.start(), m.end(), TimexType.SET, value, rule));
    }

    private Optional<Found> duration(Matcher m, Context c, String rule) {
        Optional<String> count = g.count(m.group("n"));
        String unit = g.unitOf(m.group("u"));
        if (count.isEmpty() || unit == null || "old".equals(c.wordAfter(m.end()))) {
            return Optional.empty();
        }
        if (isOrdinalSecond(m, c) || isSomeDay(m, c)) {
            return Optional.empty();
        }
        boolean plural = m.group("u").toLowerCase(Locale.ROOT).endsWith("s");
        if (count.get().equals("1") && plural || !count.get().equals("1") && !plural && !m.group().contains("-")
                && !count.get().equals("X")) {
            return Optional.empty();
        }
        return Optional.of(Found.of(m.start(), m.end(), TimexType.DURATION, Grammar.duration(count.get(), unit), rule));
    }

    /** "a second batch": "second" as an ordinal, followed by the noun it counts. */
    private static boolean isOrdinalSecond(Matcher m, Context c) {
        String after = c.wordAfter(m.end());
        return m.group("u").equalsIgnoreCase("second") && !after.isEmpty() && Character.isLetter(after.charAt(0))
                && !AFTER_A_SECOND.contains(after);
    }

    /** "One day, ..." and "hopes to one day ...": some day, not a length of time. */
    private static boolean isSomeDay(Matcher m, Context c) {
        return m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").equals("one day")
                && (c.charAfter(m.end()) == ',' || SOME_DAY_CUES.contains(c.wordBefore(m.start())));
    }

    private Optional<Found> vague(Matcher m, Context c, String rule) {
        return Optional.of(Found.of(m.start(), m.end(), TimexType.DURATION, Grammar.duration("X", g.unitOf(m.group("u"))), rule));
    }

    private Optional<Found> reference(Matcher m, Context c, String rule) {
        String phrase = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Set<String> cues = g.lexicon().referenceCues.get(phrase);
        if (cues != null && !cues.contains(c.wordBefore(m.start()))) {
            return Optional.empty();
        }
        return Optional.of(Found.of(m.start(), m.end(), TimexType.DATE, g.lexicon().references.get(phrase), rule));
    }

    private Optional<Found> clock24(Matcher m, Context c, String rule) {
        String time = String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(m.group("h")), m.group("mi"));
        return Optional.of(onAnchorDay(m, c, time, rule));
    }

    /** A clock time on the anchor day, or on an unknown day ("XXXX-XX-XXT10:00"). */
    private static Found onAnchorDay(Matcher m, Context c, String time, String rule) {
        String day = c.anchor().day().map(Anchor::iso).orElse("XXXX-XX-XX");
        return new Found(m.start(), m.end(), TimexType.TIME, Optional.of(day + "T" + time),
                c.anchor().day().map(PartialDate::of), Optional.empty(), rule);
    }

    /** "half an hour" → PT30M, "a year and a half" → P18M, "two and a half years" → P2.5Y. */
    private Optional<Found> half(Matcher m, Context c, String rule) {
        String value;
        if (m.group("u") != null) {
            value = switch (m.group("u").toLowerCase(Locale.ROOT)) {
                case "hour" -> "PT30M";
                case "day" -> "PT12H";
                case "month" -> "P2W";
                case "century" -> "P50Y";
                default -> "P6M";
            };
        } else if (m.group("u2") != null) {
            value = switch (m.group("u2").toLowerCase(Locale.ROOT)) {
                case "hour" -> "PT90M";
                case "day" -> "PT36H";
                case "month" -> "P6W";
                default -> "P18M";
            };
        } else {
            String n = g.count(m.group("n")).orElse("X");
            value = Grammar.duration(n.equals("X") ? n : n + ".5", g.unitOf(m.group("u3")));
        }
        return Optional.of(Found.of(m.start(), m.end(), TimexType.DURATION, value, rule));
    }

    /** A clock time, on the anchor day when that is known. */
    private Optional<Found> clock(Matcher m, Context c, String rule) {
        String time;
        if (m.group("named") != null) {
            time = m.group("named").equalsIgnoreCase("noon") ? "12:00" : "24:00";
        } else {
            int hour = Integer.parseInt(m.group("h")) % 12;
            boolean pm = Character.toLowerCase(m.group("ap").charAt(0)) == 'p';
            String minutes = m.group("mi") == null ? "00" : m.group("mi");
            time = String.format(Locale.ROOT, "%02d:%s", pm ? hour + 12 : hour, minutes);
        }
        return Optional.of(onAnchorDay(m, c, time, rule));
    }
}
