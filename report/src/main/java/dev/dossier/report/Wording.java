package dev.dossier.report;

import dev.dossier.model.Event;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Quantity;
import dev.dossier.model.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How values read in English for people: "July 2019", "three independent origins", "4 batteries". */
final class Wording {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};

    /** Nouns whose plural is the same word ("12 aircraft"): a word list, not code. */
    private static final Set<String> INVARIABLE = Set.copyOf(ReportResources.lines("invariable-nouns.txt"));

    private Wording() {}

    /** "2019", "July 2019" or "12 July 2019". */
    static String date(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> Integer.toString(date.year());
            case MONTH -> MONTHS[date.month() - 1] + " " + date.year();
            case DAY -> date.day() + " " + MONTHS[date.month() - 1] + " " + date.year();
        };
    }

    /** An ISO partial date read as {@link #date}; any other text as it is. */
    static String dateOrText(String value) {
        try {
            return date(PartialDate.parse(value));
        } catch (IllegalArgumentException notADate) {
            return value;
        }
    }

    private static final java.util.regex.Pattern AMOUNT_CURRENCY =
            java.util.regex.Pattern.compile("([0-9][0-9.,eE+]*)\\s*([A-Z]{3})|([A-Z]{3})\\s*([0-9][0-9.,eE+]*)");

    /** A contradiction side's value for people: dates as words, "2500000000 USD" as "USD 2.5 billion". */
    static String claimed(String slot, String value) {
        if (slot.contains("date") || slot.contains("deliver")) {
            return dateOrText(value);
        }
        java.util.regex.Matcher m = AMOUNT_CURRENCY.matcher(value.strip());
        if (m.matches()) {
            String amount = (m.group(1) != null ? m.group(1) : m.group(4)).replace(",", "");
            String currency = m.group(2) != null ? m.group(2) : m.group(3);
            try {
                return new dev.dossier.model.Money(Double.parseDouble(amount), currency, false).display();
            } catch (IllegalArgumentException notAnAmount) {
                return value;
            }
        }
        return value;
    }

    /** "one", "two", … "twelve", then digits. */
    static String count(long n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[(int) n] : Long.toString(n);
    }

    /** "3 documents", "1 document": the noun in its regular English plural. */
    static String counted(long n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    static String plural(String noun) {
        if (INVARIABLE.contains(noun.toLowerCase(Locale.ROOT))) {
            return noun;
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }

    /**
     * Words that close the head of a speaker's description: "sources <b>familiar</b> with the
     * talks", "analysts <b>in</b> Warsaw", "an official <b>at</b> the ministry". English grammar,
     * not domain knowledge.
     */
    private static final Set<String> AFTER_HEAD = Set.of("in", "at", "of", "from", "with", "for", "on", "to",
            "within", "near", "familiar", "close", "who", "that");

    /**
     * Whether a speaker's description takes a plural verb: "unnamed industry sources", "analysts in
     * Warsaw". A proper name (every word capitalised: "Reuters", "United States") takes the singular.
     */
    static boolean soundsPlural(String speaker) {
        String[] words = speaker.strip().split("\\s+");
        boolean properName = java.util.Arrays.stream(words)
                .allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
        if (properName) {
            return false;
        }
        String head = words[words.length - 1];
        for (int i = 1; i < words.length; i++) {
            if (AFTER_HEAD.contains(words[i].toLowerCase(Locale.ROOT))) {
                head = words[i - 1];
                break;
            }
        }
        String noun = head.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us")
                && !noun.endsWith("is");
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** "4 batteries", "about 24 jets". */
    static String quantity(Quantity quantity) {
        String amount = number(quantity.amount());
        String unit = quantity.amount() == 1 || quantity.unit().endsWith("s") ? quantity.unit() : plural(quantity.unit());
        return (quantity.approximate() ? "about " : "") + amount + " " + unit;
    }

    static String number(double amount) {
        return amount == Math.rint(amount) ? String.format(Locale.ROOT, "%.0f", amount)
                : String.format(Locale.ROOT, "%s", amount);
    }

    /** "contract signed", "programme exclusion". */
    static String eventType(EventType type) {
        return switch (type) {
            case PROGRAM_EXCLUSION -> "programme exclusion";
            case LOCAL_PRODUCTION -> "local production";
            default -> type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** The event as the object of "report" or "deny": "the signing of a contract", "the delivery". */
    static String eventNoun(EventType type) {
        return switch (type) {
            case TALKS -> "the talks";
            case OFFER -> "the offer";
            case CONTRACT_SIGNED -> "the signing of a contract";
            case APPROVAL -> "the approval";
            case PAYMENT -> "the payment";
            case DELIVERY -> "the delivery";
            case TEST -> "the test";
            case DEPLOYMENT -> "the deployment";
            case LOCAL_PRODUCTION -> "local production";
            case DELAY -> "the delay";
            case CANCELLATION -> "the cancellation";
            case SANCTION -> "the sanctions";
            case WAIVER -> "the waiver";
            case PROGRAM_EXCLUSION -> "the exclusion from the programme";
            case OTHER -> "the event";
        };
    }

    /** "a Turkish official" for "A Turkish official" in the middle of a sentence; names stay as they are. */
    static String lowerArticle(String phrase) {
        for (String article : new String[] {"A ", "An "}) {
            if (phrase.startsWith(article)) {
                return article.toLowerCase(Locale.ROOT) + phrase.substring(article.length());
            }
        }
        return phrase;
    }

    /** A deal slot or event-type name as words: "first_delivery" → "first delivery". */
    static String slot(String slot) {
        for (EventType type : EventType.values()) {
            if (type.name().equalsIgnoreCase(slot)) {
                return eventType(type);
            }
        }
        return slot.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "Russia → Turkey, S-400" for transfers; "United States against Turkey, F-35" for actions. */
    static String parties(Roles roles) {
        List<String> parts = new ArrayList<>();
        Optional<String> from = roles.supplier().or(roles::actor);
        Optional<String> to = roles.recipient().or(roles::target);
        if (from.isPresent() && to.isPresent()) {
            String arrow = roles.supplier().isPresent() || roles.recipient().isPresent() ? " → " : " against ";
            parts.add(from.get() + arrow + to.get());
        } else {
            from.or(() -> to).ifPresent(parts::add);
        }
        roles.system().ifPresent(parts::add);
        return String.join(", ", parts);
    }

    /** "Delivery: Russia → Turkey, S-400". */
    static String eventLabel(Event event) {
        String parties = parties(event.roles());
        String type = capitalise(eventType(event.type()));
        return parties.isEmpty() ? type : type + ": " + parties;
    }

    static String eventDate(Event event) {
        return event.date().map(Wording::date).or(event::dateNote).orElse("date unknown");
    }
}
