package dev.dossier.nlp.amount;

import dev.dossier.nlp.text.Digits;
import java.util.OptionalDouble;

/**
 * Reads written numbers whose separators vary by convention: "12,000" and "1.200" (a
 * continental thousands dot) are twelve thousand and one thousand two hundred; "2.5" and
 * "2,5" are two and a half; "6'035" (Swiss) and "1 200" (with a no-break space) group thousands.
 * Digits of other scripts read as their values ("١٢" is twelve).
 */
public final class Numbers {
    private Numbers() {}

    /**
     * The value of {@code text}; {@code continental} says a lone dot before three digits groups
     * thousands. Empty when it is no number, or one too large to be a finite double (a run of
     * hundreds of digits is noise in an article, not an amount).
     */
    public static OptionalDouble parse(String text, boolean continental) {
        String digits = Digits.ascii(text).replace("\u00A0", "").replace("\u202F", "").replace(" ", "")
                .replace("'", "").replace("\u2019", "");
        int lastDot = digits.lastIndexOf('.');
        int lastComma = digits.lastIndexOf(',');
        String plain;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            plain = digits.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (lastComma >= 0) {
            plain = groupsOfThree(digits, ',') ? digits.replace(",", "") : digits.replace(',', '.');
        } else if (lastDot >= 0) {
            boolean grouped = digits.indexOf('.') != lastDot || (continental && groupsOfThree(digits, '.'));
            plain = grouped ? digits.replace(".", "") : digits;
        } else {
            plain = digits;
        }
        try {
            double value = Double.parseDouble(plain);
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static boolean groupsOfThree(String digits, char separator) {
        String[] parts = digits.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        if (parts[0].isEmpty() || parts[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
