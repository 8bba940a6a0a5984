package dev.dossier.nlp.amount;

import dev.dossier.model.Money;
import dev.dossier.model.MoneyMention;
import dev.dossier.model.Span;
import dev.dossier.nlp.lexicon.Tsv;
import dev.dossier.nlp.text.Alternation;
import dev.dossier.nlp.text.Digits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money: a currency sign or code before a number ("$2.5 billion", "US$3.4bn", "€890m",
 * "₹12,000 crore", "Rs 4,500 crore") or a currency word after it ("2.5 billion dollars",
 * "1.200 millones de euros"), with the scale word applied and approximations marked. The
 * currencies, scales and approximation phrases are data files. Thread-safe.
 */
public final class MoneyTagger {
    static final String RULE = "money-v1";
    private static final int PREFIX_REACH = 24;
    private static final int SUFFIX_REACH = 48;
    /**
     * A written number: digits grouped by thousands with a comma or dot, or with an apostrophe (Swiss
     * "6'035") or a no-break space (French "1 200"), then decimals.
     */
    private static final String NUMBER = "\\d{1,3}(?:[,.]\\d{3})+(?:[.,]\\d+)?|\\d{1,3}(?:['\u2019\u00A0\u202F]\\d{3})+(?:[.,]\\d+)?"
            + "|\\d+(?:[.,]\\d+)?";

    /**
     * Scripts written without spaces between words (Chinese, Japanese, Korean): a scale or
     * currency word there may touch the next word ("25亿美元", "80億ドル"), and a number may
     * touch the word before it ("达25亿").
     */
    private static final String UNSPACED = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}";
    /** The end of a word: no letter follows, unless the word ends in an unspaced script. */
    private static final String WORD_END = "(?:(?<=[" + UNSPACED + "])|(?![\\p{L}]))";

    /**
     * A written number and its CJK scale right before a number ("3150億4120萬", 315,041.2 million):
     * the second number is the tail of one compound figure, never an amount by itself.
     */
    private static final String NUMBER_SCALE = "\\d[亿億억万萬만]";

    private final Map<String, String> prefixCodes = new HashMap<>();
    private final Map<String, String> suffixCodes = new HashMap<>();
    private final Map<String, Double> scales = new HashMap<>();
    private final Set<String> continentalScales = new HashSet<>();
    private final Approximations approximations;
    private final Pattern pattern;

    public MoneyTagger(Tsv currencies, Tsv scaleWords, Approximations approximations) {
        for (Tsv.Row row : currencies.rows()) {
            String position = row.get("position");
            if (!position.equals("suffix")) {
                prefixCodes.put(row.get("form"), row.get("code"));
            }
            if (!position.equals("prefix")) {
                suffixCodes.put(row.get("form"), row.get("code"));
            }
        }
        for (Tsv.Row row : scaleWords.rows()) {
            scales.put(row.get("word"), Double.parseDouble(row.get("multiplier")));
            if (row.get("continental").equals("yes")) {
                continentalScales.add(row.get("word"));
            }
        }
        this.approximations = approximations;
        String scale = alternation(scales.keySet());
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}&&[^" + UNSPACED + "]])(?<!" + NUMBER_SCALE + ")(?:(?<pc>" + alternation(prefixCodes.keySet())
                + ")\\s?(?<pn>" + NUMBER + ")(?:[\\s-]?(?<ps>" + scale + ")" + WORD_END + ")?|(?<sn>" + NUMBER
                + ")(?:[\\s-]?(?<ss>" + scale + ")" + WORD_END + ")?\\s?(?<sc>" + alternation(suffixCodes.keySet()) + ")"
                + WORD_END + ")");
    }

    /**
     * The money in {@code body}; digits of any script count ("٤ مليارات دولار"), read in
     * {@code numeric} ({@link Digits#ascii} of the body), and the mention's text is the body's.
     */
    public List<MoneyMention> tag(String body, String numeric) {
        List<MoneyMention> found = new ArrayList<>();
        Matcher m = pattern.matcher(numeric).useTransparentBounds(true);
        int done = 0;
        int i = nextDigit(numeric, 0);
        while (i >= 0) {
            int runEnd = i;
            while (runEnd < numeric.length() && (Character.isDigit(numeric.charAt(runEnd))
                    || numeric.charAt(runEnd) == '.' || numeric.charAt(runEnd) == ',')) {
                runEnd++;
            }
            if (moneyAround(m, Math.max(done, i - PREFIX_REACH), i, Math.min(numeric.length(), runEnd + SUFFIX_REACH))) {
                read(body, m, found);
                done = m.end();
            }
            i = nextDigit(numeric, Math.max(runEnd, done));
        }
        return found;
    }

    /**
     * Whether money starts between {@code from} and {@code number} (the number's first digit) and ends
     * by {@code to}: the leftmost such match, as a search of the window would find it, but without
     * trying the starts after the number, where a match would not be this number's money.
     */
    private static boolean moneyAround(Matcher m, int from, int number, int to) {
        for (int start = from; start <= number; start++) {
            m.region(start, to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Money needs a digit, so the pattern runs only in a window around each number: the longest
     * currency form before it and a scale and currency word after it.
     */
    private static int nextDigit(String body, int from) {
        for (int i = from; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    private void read(String body, Matcher m, List<MoneyMention> found) {
        boolean prefix = m.group("pc") != null;
        String code = prefix ? prefixCodes.get(m.group("pc")) : suffixCodes.get(m.group("sc"));
        String scale = prefix ? m.group("ps") : m.group("ss");
        String number = prefix ? m.group("pn") : m.group("sn");
        boolean continental = scale != null && continentalScales.contains(scale)
                || !prefix && m.group("sc").startsWith("de ");
        OptionalDouble value = Numbers.parse(number, continental);
        if (value.isEmpty()) {
            return;
        }
        double amount = value.getAsDouble() * (scale == null ? 1 : scales.get(scale));
        if (!Double.isFinite(amount)) {
            return; // a huge number times "trillion" overflows: noise, not money
        }
        Span span = new Span(m.start(), m.end());
        Money money = new Money(amount, code, approximations.before(body, m.start()));
        found.add(new MoneyMention(span, span.of(body), money, RULE));
    }

    /**
     * The forms as one regex alternation for a case-sensitive pattern, matching as the flat one longest
     * first would (so a longer form wins), each quoted.
     */
    static String alternation(java.util.Collection<String> forms) {
        return Alternation.of(forms, Alternation.Spaces.LITERAL, Alternation.Case.SENSITIVE);
    }
}
