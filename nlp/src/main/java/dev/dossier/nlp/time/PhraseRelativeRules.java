package dev.dossier.nlp.time;

import dev.dossier.model.PartialDate;
import dev.dossier.model.TimexType;
import dev.dossier.nlp.time.Rule.Triggers;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Relative dates written in other languages than English ("letzte Woche", "l'an dernier", "el pasado
 * martes", "w zeszłym roku", "в прошлом году", "geçen ay", "去年", "本月13日"), read from
 * {@code relative-phrases.tsv}: each row is a phrase and how it moves the anchor. English relative
 * dates stay in {@link RelativeRules}, whose behaviour these rows do not touch.
 */
final class PhraseRelativeRules {
    private static final String WEEKDAY = "{weekday}";
    private static final String NUMBER = "{n}";
    private final Grammar g;

    PhraseRelativeRules(Grammar grammar) {
        this.g = grammar;
    }

    /** One rule per row, named after its language and unit ("relative-phrase-de-year"). */
    List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : g.lexicon().relativePhrases) {
            if (row.length < 4) {
                throw new IllegalStateException("relative-phrases.tsv: expected 4 columns in " + String.join("\t", row));
            }
            Phrase phrase = new Phrase(row[1].trim(), row[2].trim(), Integer.parseInt(row[3].trim()));
            rules.add(Rule.of("relative-phrase-" + row[0].trim() + "-" + phrase.unit(), triggers(phrase.text()),
                    regex(phrase.text()), (m, c, id) -> resolve(phrase, m, c, id)).needing(words(phrase.text())));
        }
        return List.copyOf(rules);
    }

    /** A row: the phrase as written in the lexicon, its unit and its offset. */
    record Phrase(String text, String unit, int offset) {}

    /** Where a match may start: its first word, a weekday, a number, or (Chinese) its first character. */
    private Triggers triggers(String phrase) {
        if (phrase.startsWith(WEEKDAY)) {
            return g.weekdays;
        }
        if (phrase.startsWith(NUMBER)) {
            return g.numbers;
        }
        return Triggers.words(unspaced(phrase) ? phrase.substring(0, 1) : phrase.split("[\\s{]")[0].replace("'", " "));
    }

    /** Chinese and Japanese are written without spaces: their phrases match inside a run of characters. */
    private static boolean unspaced(String phrase) {
        return Character.isIdeographic(phrase.codePointAt(0));
    }

    /**
     * The words {@link #regex} matches literally (in any case): the phrase without its placeholders, cut
     * at the spaces and apostrophes, which match more than one character.
     */
    private static List<String> words(String phrase) {
        return Stream.of(phrase.replace(WEEKDAY, " ").replace(NUMBER, " ").split("[ ']"))
                .filter(w -> !w.isEmpty()).toList();
    }

    private String regex(String phrase) {
        StringBuilder out = new StringBuilder(unspaced(phrase) ? "" : "(?<![\\p{L}\\p{N}])");
        int i = 0;
        while (i < phrase.length()) {
            if (phrase.startsWith(WEEKDAY, i)) {
                out.append("(?<w>").append(g.weekdayAnyCase).append(')');
                i += WEEKDAY.length();
            } else if (phrase.startsWith(NUMBER, i)) {
                out.append("(?<n>").append(g.number).append(')');
                i += NUMBER.length();
            } else {
                char c = phrase.charAt(i++);
                out.append(c == ' ' ? "\\s+" : c == '\'' ? "['’]" : Pattern.quote(String.valueOf(c)));
            }
        }
        String start = out.toString();
        return "(?iu:" + start + ")" + (unspaced(phrase) ? "" : "(?![\\p{L}\\p{N}])");
    }

    private Optional<Found> resolve(Phrase phrase, Matcher m, Context c, String rule) {
        Optional<Integer> n = number(m);
        if (phrase.text().contains(NUMBER) && n.isEmpty()) {
            return Optional.empty();
        }
        int steps = phrase.offset() * n.filter(x -> !phrase.unit().endsWith("-of-month")
                && !phrase.unit().endsWith("-of-year")).orElse(1);
        Optional<PartialDate> date = switch (phrase.unit()) {
            case "day" -> c.anchor().day().map(d -> PartialDate.of(d.plusDays(steps)));
            case "month" -> c.anchor().month().map(mo -> mo.plusMonths(steps)).map(mo -> PartialDate.ofMonth(mo.getYear(), mo.getMonthValue()));
            case "year" -> c.anchor().year().map(y -> PartialDate.ofYear(y + steps));
            case "weekday" -> weekday(m, c, phrase.offset()).map(PartialDate::of);
            case "day-of-month" -> c.anchor().month().flatMap(mo -> dayOf(mo.plusMonths(steps), n.orElseThrow()));
            case "month-of-year" -> c.anchor().year().filter(y -> n.orElseThrow() >= 1 && n.orElseThrow() <= 12)
                    .map(y -> PartialDate.ofMonth(y + steps, n.orElseThrow()));
            case "week" -> Optional.empty();
            default -> throw new IllegalStateException("relative-phrases.tsv: unknown unit " + phrase.unit());
        };
        if (phrase.unit().equals("week")) {
            return Optional.of(c.anchor().day().map(d -> Found.of(m.start(), m.end(), TimexType.DATE,
                    Anchor.isoWeek(d.plusWeeks(steps)), rule)).orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
        }
        return Optional.of(date.map(d -> Found.date(m.start(), m.end(), d, rule))
                .orElse(Found.unresolved(m.start(), m.end(), TimexType.DATE, rule)));
    }

    private Optional<Integer> number(Matcher m) {
        if (m.pattern().pattern().contains("(?<n>") && m.group("n") != null) {
            return g.count(m.group("n")).filter(x -> x.matches("\\d{1,4}")).map(Integer::valueOf);
        }
        return Optional.empty();
    }

    private Optional<LocalDate> weekday(Matcher m, Context c, int offset) {
        DayOfWeek day = DayOfWeek.of(g.weekdayOf(m.group("w")));
        Anchor.Direction direction = offset < 0 ? Anchor.Direction.BEFORE : offset > 0 ? Anchor.Direction.AFTER
                : c.future(m.start()) ? Anchor.Direction.FUTURE : Anchor.Direction.PAST;
        return c.anchor().weekday(day, direction);
    }

    private static Optional<PartialDate> dayOf(YearMonth month, int day) {
        return day >= 1 && day <= month.lengthOfMonth() ? Optional.of(new PartialDate(month.getYear(), month.getMonthValue(), day))
                : Optional.empty();
    }
}
