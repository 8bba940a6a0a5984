package dev.dossier.nlp.amount;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.MoneyMention;
import dev.dossier.model.QuantityMention;
import dev.dossier.nlp.Fixtures;
import dev.dossier.nlp.LanguageAnnotator;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTest {
    private static final LanguageAnnotator ANNOTATOR = new LanguageAnnotator();

    private static String money(String text) {
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(text));
        if (doc.money().isEmpty()) {
            return "-";
        }
        MoneyMention m = doc.money().get(0);
        return String.format(Locale.ROOT, "%s %s %.0f%s", m.text(), m.money().currency(), m.money().amount(),
                m.money().approximate() ? " approx" : "");
    }

    private static String quantity(String text) {
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(text));
        QuantityMention q = doc.quantities().get(0);
        return String.format(Locale.ROOT, "%s %.0f %s%s%s%s", q.text(), q.quantity().amount(), q.quantity().unit(),
                q.ordinal().map(o -> " #" + o).orElse(""), q.entity().map(e -> " " + e.name()).orElse(""),
                q.quantity().approximate() ? " approx" : "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a deal worth $2.5 billion; $2.5 billion USD 2500000000",
        "valued at US$3.4bn in total; US$3.4bn USD 3400000000",
        "an order of €890m; €890m EUR 890000000",
        "costing ₹12,000 crore; ₹12,000 crore INR 120000000000",
        "a Rs 4,500 crore order; Rs 4,500 crore INR 45000000000",
        "por 1.200 millones de euros; 1.200 millones de euros EUR 1200000000",
        "about 2.5 billion dollars; 2.5 billion dollars USD 2500000000 approx",
        "reportedly worth around $2.5 billion; $2.5 billion USD 2500000000 approx",
        "some £59.5 million; £59.5 million GBP 59500000 approx",
        "the $1.5-billion deal; $1.5-billion USD 1500000000",
        "zusätzlich 1,5 Mrd. Euro; 1,5 Mrd. Euro EUR 1500000000",
        "3,2 milyar dolarlık bir anlaşma; 3,2 milyar dolarlık USD 3200000000",
        "senilai Rp 7,5 triliun; Rp 7,5 triliun IDR 7500000000000",
        "senilai 1,3 miliar dolar AS; 1,3 miliar dolar AS USD 1300000000",
        "стоимостью 1,7 млрд долларов; 1,7 млрд долларов USD 1700000000",
        "ein Auftrag über 3,5 Milliarden Euro; 3,5 Milliarden Euro EUR 3500000000",
        "un contrat de 3,2 milliards d'euros; 3,2 milliards d'euros EUR 3200000000",
        "umowa o wartości 6,25 mld dolarów; 6,25 mld dolarów USD 6250000000",
        "un acordo de 2,7 bilhões de dólares; 2,7 bilhões de dólares USD 2700000000",
        "una commessa da 1,8 miliardi di euro; 1,8 miliardi di euro EUR 1800000000",
        "un contract de 3,4 miliarde de dolari; 3,4 miliarde de dolari USD 3400000000",
        "Mehrkosten von 900 Millionen Franken; 900 Millionen Franken CHF 900000000",
        "a Package Valued at US $4 Billion; US $4 Billion USD 4000000000",
        "сумма сделки составляет примерно 4 миллиарда долларов; 4 миллиарда долларов USD 4000000000 approx",
        "контракт на 1,2 млрд евро; 1,2 млрд евро EUR 1200000000",
        "worth 3.25bn Swiss Francs ($3.4bn); 3.25bn Swiss Francs CHF 3250000000",
        "该合同金额达36亿美元，将分批交付; 36亿美元 USD 3600000000",
        "預算為45億美元; 45億美元 USD 4500000000",
        "以人民币120亿元的价格; 人民币120亿 CNY 12000000000",
        "共编列3150億4120萬美元预算; -",
        "总价为7500万欧元; 7500万欧元 EUR 75000000",
        "契約額は60億ドルに上る; 60億ドル USD 6000000000",
        "총 40억 달러 규모의 계약; 40억 달러 USD 4000000000",
        "σύμβαση ύψους 3,4 δισ. ευρώ; 3,4 δισ. ευρώ EUR 3400000000",
        "αξίας 1,6 δισεκατομμύρια δολάρια; 1,6 δισεκατομμύρια δολάρια USD 1600000000",
        "صفقة بقيمة 4 مليارات دولار; 4 مليارات دولار USD 4000000000",
        "सौदा 3,500 करोड़ रुपये का है; 3,500 करोड़ रुपये INR 35000000000",
        "लगभग 2 अरब डॉलर का सौदा; 2 अरब डॉलर USD 2000000000 approx",
        "وقعت الصفقة بقيمة ٣٫٥ مليار دولار; ٣٫٥ مليار دولار USD 3500000000",
        "सौदा ३,००० करोड़ रुपये का है; ३,००० करोड़ रुपये INR 30000000000",
        "合同总额约18亿欧元; 18亿欧元 EUR 1800000000 approx",
        "採購金額為新台幣1,200億元; 新台幣1,200億 TWD 120000000000",
        "a NT$4.5 billion upgrade; NT$4.5 billion TWD 4500000000",
        "контракт на 2,1 млрд грн; 2,1 млрд грн UAH 2100000000",
        "Kosten von 1,3 Milliarden Fr.; 1,3 Milliarden Fr. CHF 1300000000",
        "ein Kredit von 4'250 Millionen Franken; 4'250 Millionen Franken CHF 4250000000",
        "un contrat de 1\u00A0200 millions d'euros; 1\u00A0200 millions d'euros EUR 1200000000",
    })
    void readsMoney(String text, String expected) {
        assertEquals(expected, money(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Russia shipped four batteries in 2019.; four batteries 4 battery",
        "Germany ordered 24 Typhoon jets.; 24 Typhoon jets 24 jet Eurofighter Typhoon",
        "Poland bought 180 K2 tanks.; 180 K2 tanks 180 tank K2",
        "Moscow will send a second regiment.; a second regiment 1 regiment #2",
        "The first batch arrived.; The first batch 1 batch #1",
        "Egypt received nearly 30 helicopters.; 30 helicopters 30 helicopter approx",
        "Peru has received none of the two dozen trucks.; two dozen trucks 24 truck",
        "Norway bought 48 F-16s in the 1980s.; 48 F-16s 48 fighter F-16",
        "菲律宾将采购40架F-16V战斗机。; 40架F-16V 40 fighter F-16",
        "该国订购了120輛M1A2坦克。; 120輛M1A2 120 tank Abrams",
        "越南另购约4套防空系统。; 4套 4 system approx",
        "空军已接收20余架战机。; 20余架战机 20 fighter approx",
        "海军计划建造第2批护卫舰，共6艘。; 6艘 6 ship",
        "防衛省は戦闘機24機を調達する。; 24機 24 fighter",
        "루마니아는 K9 자주포 54문을 도입한다.; 54문 54 howitzer K9",
        "Seoul's order, reported as K2 전차 180대 in Korean, was signed in 2022.; 180대 180 tank K2",
        "Die Marine bestellt 4 Fregatten.; 4 Fregatten 4 frigate",
        "Warszawa kupi 96 śmigłowców.; 96 śmigłowców 96 helicopter",
        "Минобороны получит 12 истребителей.; 12 истребителей 12 fighter",
        "Mısır 24 savaş uçağı satın alacak.; 24 savaş uçağı 24 fighter",
        "استلمت القوات الجوية ١٨ طائرة.; ١٨ طائرة 18 aircraft",
    })
    void readsQuantities(String text, String expected) {
        assertEquals(expected, quantity(text));
    }

    /** A 400-digit number once became Infinity, which the Money record refused: the whole article failed. */
    @org.junit.jupiter.api.Test
    void aNumberTooLargeForADoubleIsNoAmountAndTheArticleStillReads() {
        String huge = "9".repeat(400);
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(
                "The ministry paid $" + huge + " billion and ordered " + huge + " tanks. It also paid $2 million."));
        assertEquals(1, doc.money().size());
        assertEquals(2_000_000, doc.money().get(0).money().amount());
        assertEquals(OptionalDouble.empty(), Numbers.parse(huge, false));
        assertEquals(OptionalDouble.empty(), Numbers.parse("1" + "0".repeat(320), true));
    }
}
