package dev.dossier.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.PartialDate;
import dev.dossier.model.TimeMention;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hostile and shared use: any text is data, spans stay in bounds, threads see the same answers. */
class RuleTimeTaggerRobustnessTest {
    private static final TimeTagger TAGGER = new RuleTimeTagger();
    private static final List<String> PIECES = List.of("the", "last", "next", "Friday", "May", "March", "2019", "1999",
            "-", "–", ",", ".", "'", "’90s", "31", "February", "30", "a", "second", "year", "years", "ago", "early",
            "end of", "of", "Q4", "fiscal", "FY", "99", "12/13/2020", "31.02.2021", "10:61", "25:00", "p.m.", "9",
            "every", "half", "\u00A0", "\n", "mid-", "by", "no earlier than", "9999", "0", "999 years ago", "S-400",
            "more than", "about", "Christmas", "New Year's Day", "following", "previous", "morning", "Q3", "third quarter",
            "spring of", "end-", "this past", "weekend", "15:00 GMT", "noon", "twenty-five", "decades", "fortnight");

    @Test
    void seededRandomTextNeverBreaksTheTagger() {
        Random random = new Random(20260124L);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(12);
            for (int i = 0; i < words; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            Optional<PartialDate> anchor = switch (round % 4) {
                case 0 -> Optional.empty();
                case 1 -> Optional.of(PartialDate.ofYear(2013));
                case 2 -> Optional.of(PartialDate.ofMonth(2013, 1));
                default -> Optional.of(PartialDate.parse("2013-12-31"));
            };
            assertWellFormed(text.toString(), TAGGER.tag(text.toString(), anchor));
        }
    }

    private static void assertWellFormed(String text, List<TimeMention> mentions) {
        int lastEnd = 0;
        for (TimeMention m : mentions) {
            assertTrue(m.span().start() >= lastEnd && m.span().end() <= text.length(), () -> "bad span in '" + text + "'");
            assertEquals(m.span().of(text), m.text());
            lastEnd = m.span().end();
        }
    }

    @Test
    void typographicSpacesAndDashesReadLikeAscii() {
        List<TimeMention> mentions = TAGGER.tag("It began in July\u00A02019 and in the mid\u20111990s.", Optional.empty());
        assertEquals("July\u00A02019=2019-07 ; mid\u20111990s=199", RuleTimeTaggerTest.describe(mentions).replace("/MID", ""));
    }

    @Test
    void threadsShareOneTagger() throws Exception {
        String text = "On Tuesday, two years ago, in the spring of 2021 and last month, every year since 1999.";
        Optional<PartialDate> anchor = Optional.of(PartialDate.parse("2022-08-25"));
        List<TimeMention> expected = TAGGER.tag(text, anchor);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TimeMention>>> results = IntStream.range(0, 64)
                    .mapToObj(i -> pool.submit(() -> TAGGER.tag(text, anchor))).toList();
            for (Future<List<TimeMention>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
