package dev.dossier.app.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching rules of {@code ../shared/eval/score.py}, function by function, so that what
 * {@code dossier explain} calls a miss is what the scorer counts as one. Each method mirrors the
 * Python function of the same name; keep them in step when the scorer changes.
 */
final class GoldRules {
    /** score.py's ALIASES, verbatim. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("turkiye", "turkey"), Map.entry("republic of turkey", "turkey"), Map.entry("ankara", "turkey"),
            Map.entry("republic of turkiye", "turkey"), Map.entry("russian federation", "russia"),
            Map.entry("moscow", "russia"), Map.entry("kremlin", "russia"),
            Map.entry("united states of america", "united states"), Map.entry("usa", "united states"),
            Map.entry("us", "united states"), Map.entry("u.s.", "united states"), Map.entry("u.s", "united states"),
            Map.entry("america", "united states"), Map.entry("washington", "united states"),
            Map.entry("people's republic of china", "china"), Map.entry("prc", "china"), Map.entry("beijing", "china"),
            Map.entry("republic of india", "india"), Map.entry("new delhi", "india"),
            Map.entry("united kingdom", "united kingdom"), Map.entry("uk", "united kingdom"),
            Map.entry("u.k.", "united kingdom"), Map.entry("britain", "united kingdom"),
            Map.entry("great britain", "united kingdom"), Map.entry("london", "united kingdom"),
            Map.entry("republic of korea", "south korea"), Map.entry("korea", "south korea"),
            Map.entry("rok", "south korea"), Map.entry("seoul", "south korea"),
            Map.entry("democratic people's republic of korea", "north korea"), Map.entry("dprk", "north korea"),
            Map.entry("pyongyang", "north korea"), Map.entry("united arab emirates", "uae"), Map.entry("u.a.e.", "uae"),
            Map.entry("emirates", "uae"), Map.entry("kingdom of saudi arabia", "saudi arabia"),
            Map.entry("ksa", "saudi arabia"), Map.entry("riyadh", "saudi arabia"),
            Map.entry("islamic republic of iran", "iran"), Map.entry("tehran", "iran"),
            Map.entry("czech republic", "czechia"), Map.entry("hellenic republic", "greece"),
            Map.entry("athens", "greece"), Map.entry("french republic", "france"), Map.entry("paris", "france"),
            Map.entry("federal republic of germany", "germany"), Map.entry("berlin", "germany"),
            Map.entry("ukraine", "ukraine"), Map.entry("kyiv", "ukraine"), Map.entry("kiev", "ukraine"),
            Map.entry("state of israel", "israel"), Map.entry("arab republic of egypt", "egypt"),
            Map.entry("cairo", "egypt"), Map.entry("islamic republic of pakistan", "pakistan"),
            Map.entry("islamabad", "pakistan"), Map.entry("republic of poland", "poland"), Map.entry("warsaw", "poland"),
            Map.entry("commonwealth of australia", "australia"), Map.entry("canberra", "australia"),
            Map.entry("japan", "japan"), Map.entry("tokyo", "japan"), Map.entry("taiwan", "taiwan"),
            Map.entry("republic of china", "taiwan"), Map.entry("taipei", "taiwan"));
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMBINING = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9][0-9,]*\\.?[0-9]*(?:e[0-9]+)?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DATE_SLOTS = Pattern.compile("date|deliver|year|when", Pattern.CASE_INSENSITIVE);

    private GoldRules() {
    }

    static String fold(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        s = COMBINING.matcher(s).replaceAll("").replace('\u2019', '\'');
        return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** A JSON value as Python's {@code str()} prints it, for the few places score.py compares text. */
    static String str(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "None";
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "True" : "False";
        }
        return node.isTextual() ? node.asText() : node.toString();
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** Python truthiness of a JSON value. */
    static boolean truthy(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (node.isTextual()) {
            return !node.asText().isEmpty();
        }
        if (node.isNumber()) {
            return node.asDouble() != 0;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.size() > 0;
    }

    static String party(JsonNode name) {
        return party(text(name));
    }

    static String party(String name) {
        String folded = fold(name == null ? "" : name);
        if (folded.startsWith("the ")) {
            folded = folded.substring(4);
        }
        return ALIASES.getOrDefault(folded, folded);
    }

    static String systemKey(String name) {
        return NOT_ALNUM.matcher(fold(name)).replaceAll("");
    }

    static boolean sameSystem(String gold, String got, Iterable<String> aliases) {
        if ("*".equals(gold)) {
            return true;
        }
        String s = systemKey(got);
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(gold);
        aliases.forEach(all::add);
        for (String g0 : all) {
            String g = systemKey(g0);
            if (!g.isEmpty() && !s.isEmpty()
                    && (s.equals(g) || (s.startsWith(g) && !Character.isDigit(s.charAt(g.length()))))) {
                return true;
            }
        }
        return false;
    }

    /** 'YYYY[-MM[-DD]]' of a date slot (a string or {"value": …}), or empty. */
    static Optional<String> dateOf(JsonNode value) {
        JsonNode v = value != null && value.isObject() ? value.get("value") : value;
        if (v == null || v.isNull() || v.isMissingNode()) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(str(v));
        if (!m.find()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(m.group(1));
        for (int i = 2; i <= 3; i++) {
            if (m.group(i) != null) {
                out.append('-').append(m.group(i));
            }
        }
        return Optional.of(out.toString());
    }

    static boolean datesAgree(String gold, String got) {
        if (gold == null || got == null) {
            return gold == null && got == null;
        }
        int n = Math.min(gold.length(), got.length());
        return gold.substring(0, n).equals(got.substring(0, n));
    }

    static boolean slotDateRight(String gold, String got) {
        return gold != null && got != null && datesAgree(gold, got) && got.length() >= gold.length();
    }

    /** A number from 4, "4", "2.5e9 USD", {"amount": 4}, {"value": {"amount": 4}}; else empty. */
    static Optional<Double> numberOf(JsonNode value) {
        JsonNode v = value;
        if (v != null && v.isObject()) {
            v = v.has("value") ? v.get("value") : v.get("amount");
            if (v != null && v.isObject()) {
                v = v.get("amount");
            }
        }
        if (v != null && v.isNumber()) {
            return Optional.of(v.asDouble());
        }
        Matcher m = NUMBER.matcher(str(v));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(m.group(1).replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Double> numberOf(String value) {
        return numberOf(com.fasterxml.jackson.databind.node.TextNode.valueOf(value));
    }

    /** Compare a gold value key with a produced value, by the kind of slot. */
    static boolean valuesAgree(String slot, String gold, JsonNode got) {
        if (DATE_SLOTS.matcher(slot == null ? "" : slot).find()) {
            Optional<String> d = dateOf(got);
            return d.isPresent() && !d.get().isEmpty() && datesAgree(gold, d.get())
                    && d.get().length() >= Math.min(gold.length(), 7);
        }
        Optional<Double> g = numberOf(gold);
        Optional<Double> n = numberOf(got);
        if (g.isPresent() && n.isPresent()) {
            return Math.abs(g.get() - n.get()) <= 0.02 * Math.max(Math.abs(g.get()), 1e-9);
        }
        JsonNode shown = got != null && got.isObject() ? got.get("value") : got;
        return fold(gold).equals(fold(str(shown)));
    }

    /** (amount, CURRENCY) of a money slot, or empty. */
    static Optional<Money> amountOf(JsonNode value) {
        JsonNode v = value;
        if (v != null && v.isObject() && v.has("value")) {
            v = v.get("value");
        }
        if (v != null && v.isObject()) {
            JsonNode amount = v.get("amount");
            String currency = text(v.get("currency"));
            return Optional.of(new Money(amount == null || amount.isNull() ? null : amount.asDouble(),
                    currency == null ? "" : currency.toUpperCase(Locale.ROOT)));
        }
        return Optional.empty();
    }

    record Money(Double amount, String currency) {
    }

    static String shortId(String fileName) {
        String name = String.valueOf(fileName).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int cut = -1;
        for (int i = 0; i < name.length() && cut < 0; i++) {
            cut = name.charAt(i) == '_' || name.charAt(i) == '.' ? i : -1;
        }
        return cut < 0 ? name : name.substring(0, cut);
    }

    /** (precision, recall, F1) as score.py's f1. */
    static double[] f1(int tpP, int nP, int tpR, int nR) {
        double p = nP > 0 ? (double) tpP / nP : (nR == 0 ? 1.0 : 0.0);
        double r = nR > 0 ? (double) tpR / nR : 1.0;
        return new double[] {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0};
    }
}
