package dev.dossier.extract.text;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides which lines are furniture, reading top to bottom:
 * <ol>
 *   <li>each line on its own, by the junk lexicon;</li>
 *   <li>in a block of several lines that is mostly junk (a widget), the one- and two-word lines are junk too;</li>
 *   <li>after "Next Article", "Related" or "X special:", the headline-like lines that follow are teasers;</li>
 *   <li>after a newsletter, donation or comment widget, once the article has begun, what follows is
 *       furniture until a line of prose that does not speak to the reader as "we"/"you"; above the
 *       article it never takes a headline, masthead or byline/date line;</li>
 *   <li>press-release end matter ("About Example Corp", "Media contact") ends the article.</li>
 * </ol>
 */
public final class LineZones {
    private LineZones() {}

    /** The junk kind of each line, {@code null} where the line may be article text. */
    public static JunkKind[] classify(List<Line> lines, JunkLexicon lexicon) {
        return classify(lines, lexicon::classify);
    }

    /** As {@link #classify(List, JunkLexicon)}, with each line on its own classified by {@code kindOf}. */
    static JunkKind[] classify(List<Line> lines, Function<String, Optional<JunkKind>> kindOf) {
        JunkKind[] kinds = new JunkKind[lines.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = kindOf.apply(lines.get(i).text()).orElse(null);
        }
        widgets(lines, kinds);
        zones(lines, kinds);
        return kinds;
    }

    private static void widgets(List<Line> lines, JunkKind[] kinds) {
        int start = 0;
        while (start < kinds.length) {
            int end = start;
            int junk = 0;
            JunkKind first = null;
            while (end < kinds.length && lines.get(end).block() == lines.get(start).block()) {
                if (kinds[end] != null) {
                    junk++;
                    first = first == null ? kinds[end] : first;
                }
                end++;
            }
            if (end - start >= 3 && junk * 2 >= end - start) {
                for (int i = start; i < end; i++) {
                    boolean word = Texts.wordCount(lines.get(i).text()) <= 3 && !Texts.headlineLike(lines.get(i).text())
                            || Texts.wordCount(lines.get(i).text()) <= 2;
                    kinds[i] = kinds[i] == null && word ? first : kinds[i];
                }
            }
            start = end;
        }
    }

    private static void zones(List<Line> lines, JunkKind[] kinds) {
        JunkKind zone = null;
        boolean articleBegun = false;
        int zoneBlock = -1;
        for (int i = 0; i < kinds.length; i++) {
            String text = lines.get(i).text();
            if (kinds[i] != null && kinds[i].endsArticle() && articleBegun) {
                for (int j = i + 1; j < kinds.length; j++) {
                    kinds[j] = kinds[j] == null ? JunkKind.ENDMATTER : kinds[j];
                }
                return;
            }
            if (kinds[i] != null) {
                zone = kinds[i].marksTeasers() || kinds[i].opensClosingZone() ? kinds[i] : zone;
                zoneBlock = lines.get(i).block();
                continue;
            }
            if (zone != null && zone.marksTeasers()) {
                // A teaser headline may be a long sentence-case one, but never ends like a sentence.
                if (Texts.headlineLike(text) && (!Texts.prose(text) || !Texts.endsSentence(text) && Texts.wordCount(text) <= 20)) {
                    kinds[i] = zone;
                    continue;
                }
                zone = null;
            } else if (zone != null && zone.opensClosingZone()) {
                boolean sameWidget = lines.get(i).block() == zoneBlock;
                boolean header = !articleBegun && (Texts.headerLike(text)
                        || Texts.headlineLike(text) && Texts.wordCount(text) >= 2 && !Texts.addressesReader(text));
                if ((articleBegun || sameWidget) && !header && (!Texts.prose(text) || Texts.addressesReader(text))) {
                    kinds[i] = zone;
                    zoneBlock = lines.get(i).block();
                    continue;
                }
                zone = null;
            }
            articleBegun |= Texts.prose(text);
        }
    }
}
