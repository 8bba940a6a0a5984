package dev.dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.EntityType;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tier 2 languages (issue 13): facts without events. One short report per language must give
 * its country, its date, its money and its count, so that deals and contradictions can use them
 * — written in each language's own number, date and currency forms.
 */
class TierTwoLanguagesTest {
    private static final LanguageAnnotator ANNOTATOR = new LanguageAnnotator();

    private static String facts(String text) {
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(text));
        String countries = doc.mentions().stream().filter(m -> m.entity().type() == EntityType.COUNTRY)
                .map(m -> m.entity().name()).distinct().collect(Collectors.joining(","));
        String date = doc.times().stream().map(t -> t.date().map(Object::toString).orElse("-")).findFirst().orElse("-");
        String money = doc.money().stream().map(m -> String.format(Locale.ROOT, "%.0f %s", m.money().amount(),
                m.money().currency())).findFirst().orElse("-");
        String count = doc.quantities().stream().map(q -> String.format(Locale.ROOT, "%.0f %s", q.quantity().amount(),
                q.quantity().unit())).findFirst().orElse("-");
        return String.join(" | ", countries, date, money, count);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "el; Η Ελλάδα υπέγραψε στις 12 Μαρτίου 2024 σύμβαση ύψους 2,5 δισ. ευρώ για 20 μαχητικά F-35."
                + "; Greece | 2024-03-12 | 2500000000 EUR | 20 fighter",
        "ro; România a semnat pe 15 martie 2024 un contract de 1,2 miliarde de dolari pentru 54 de tancuri Abrams."
                + "; Romania | 2024-03-15 | 1200000000 USD | 54 tank",
        "ar; وقعت مصر في ١٥ مارس ٢٠٢٣ صفقة بقيمة ٤ مليارات دولار لشراء ٢٤ طائرة رافال."
                + "; Egypt | 2023-03-15 | 4000000000 USD | 24 aircraft",
        "ar-levant; تسلم الأردن في ٣ حزيران ٢٠٢٢ دفعة بقيمة ٢٫٥ مليار دولار تضم ١٢ مروحيات."
                + "; Jordan | 2022-06-03 | 2500000000 USD | 12 helicopter",
        "hi; भारत ने 12 मार्च 2024 को 26 लड़ाकू विमान के लिए 50,000 करोड़ रुपये का सौदा किया।"
                + "; India | 2024-03-12 | 500000000000 INR | 26 fighter",
        "ja; 日本は2024年3月12日、戦闘機42機を60億ドルで購入する契約を米国と結んだ。"
                + "; Japan,United States | 2024-03-12 | 6000000000 USD | 42 fighter",
        "ko; 노르웨이는 2023년 5월 4일 K9 자주포 24문을 2억 달러에 도입하기로 했다."
                + "; Norway | 2023-05-04 | 200000000 USD | 24 howitzer",
    })
    void readsCountryDateMoneyAndCount(String language, String text, String expected) {
        assertEquals(expected, facts(text), language);
    }
}
