package dev.dossier.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.PartialDate;
import dev.dossier.model.TimeMention;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples: a sentence, published on Thursday 2022-08-25, and what the tagger reads in it. */
class RuleTimeTaggerTest {
    private static final TimeTagger TAGGER = new RuleTimeTagger();
    private static final Optional<PartialDate> THURSDAY = Optional.of(PartialDate.parse("2022-08-25"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The contract was signed in December 2017.              | December 2017=2017-12
            Deliveries began in July 2019.                         | July 2019=2019-07
            The deal was announced on Nov. 24, 2015, in Ankara.    | Nov. 24, 2015=2015-11-24
            The ministry confirmed the order August 5, 2022.       | August 5, 2022=2022-08-05
            Talks started in 2017 and ended in 2019.               | 2017=2017 ; 2019=2019
            The first unit arrived on 2019-07-12.                  | 2019-07-12=2019-07-12
            The first unit arrived on 12 July 2019.                | 12 July 2019=2019-07-12
            The minister said on Tuesday that talks went well.     | Tuesday=2022-08-23
            The team will travel on Monday.                        | Monday=2022-08-29
            Officials met last month to review it.                 | last month=2022-07
            Earlier this month, the navy tested it.                | Earlier this month=2022-08
            The army wants more systems this year.                 | this year=2022
            Production will resume next year.                      | next year=2023
            Last week, the ministry denied the report.             | Last week=2022-W33
            Deliveries are due by the end of 2023.                 | end of 2023=2023/END
            Trials were held in the spring of 2021.                | spring of 2021=2021-SP
            Payments will continue in the 2020s.                   | 2020s=202
            The first batch arrives no earlier than 2018.          | no earlier than 2018=2018/ON_OR_AFTER
            It is the first such request since 1994.               | since 1994=1994/ON_OR_AFTER
            The plant must be running by 2024.                     | 2024=2024/ON_OR_BEFORE
            The request was filed two years ago.                   | two years ago=2020
            Testing lasted two weeks.                              | two weeks=P2W
            The loan runs for three years.                         | three years=P3Y
            Sales rose in late 2020.                               | late 2020=2020/END
            Profit fell in the third quarter of 2021.              | third quarter of 2021=2021-Q3
            The drill is held every year.                          | every year=P1Y
            The system is currently deployed.                      | currently=PRESENT_REF
            Sales tripled in the past three years.                 | past three years=P3Y
            The blast happened at 10:30 a.m. on Friday.            | 10:30 a.m. on Friday=2022-08-19T10:30
            The blast happened at 10:30 a.m., officials said.      | 10:30 a.m.=2022-08-25T10:30
            The blast happened at 15:00 GMT Saturday, police said.  | 15:00 GMT Saturday=2022-08-20T15:00
            Parliament meets twice a year.                         | twice a year=P1Y
            The unit was formed in the mid-1990s.                  | mid-1990s=199/MID
            The base was built in the 20th century.                | 20th century=19
            The pandemic of 2009-2010 cut orders.                  | 2009=2009 ; 2010=2010
            The review ends at the end of the year.                | end of the year=2022/END
            The frigate sailed on Christmas Eve.                   | Christmas Eve=2021-12-24
            Exports fell last June.                                | last June=2022-06
            Exports will recover next June.                        | next June=2023-06
            Prices have risen in recent weeks.                     | recent weeks=PXW
            The army has used it for years.                        | years=PXY
            The work took a year and a half.                       | a year and a half=P18M
            Orders over the past decade doubled.                   | past decade=P10Y
            Officials met over the weekend.                        | weekend=2022-W33-WE
            The review ran from 1999 to 2001.                      | 1999=1999 ; 2001=2001
            Deliveries slipped to end-2023.                        | end-2023=2023/END
            Sales recovered this past week.                        | this past week=2022-W33
            The budget for 2019/2020 was cut.                      | 2019=2019 ; 2020=2020
            The ministers met in October to discuss prices.        | October=2021-10
            The company expects to close the deal in October.      | October=2022-10
            In October, the first battery will be delivered.       | October=2022-10
            Talks resumed in March, officials said.                | March=2022-03
            The deal was signed after weeks of talks.              | weeks=PXW
            Turkey hopes to one day build its own system.          | -
            Orders will peak by the end of year.                   | end of year=2022/END
            The ministry spends less this fiscal year.             | this fiscal year=2022
            Orders peaked at the end of the year.                  | end of the year=2021/END
            The expedition of 1957-58 crossed the ice.             | 1957=1957
            She checks the air every morning.                      | every morning=XXXX-XX-XXTMO
            Talks began in December 2017; the following year a deal was signed. | December 2017=2017-12 ; following year=2018
            The vote came on Nov. 24, 2015, and the next day the jets flew. | Nov. 24, 2015=2015-11-24 ; next day=2015-11-25
            Exports rose in 2019, up from the previous year.       | 2019=2019 ; previous year=2018
            Chile ordered tanks in March 2016 and took the first in May of that year. | March 2016=2016-03 ; May of that year=2016-05
            Peru signed in 2015; talks had begun earlier that year. | 2015=2015 ; earlier that year=2015
            Oman paid in 2014 and the same year the ships sailed.  | 2014=2014 ; same year=2014
            Peru's first 2017 order was for tanks.                 | 2017=2017
            Oman's total 2000 troops stayed home.                  | -
            The first unit arrived in Sep 2019.                    | Sep 2019=2019-09
            Turkey bought the S-400 and F-35 jets for $2.5 billion. | -
            In 2019 million people voted.                          | -
            Russia will ship a second batch of the system.         | -
            Visitors at IDEF 2015 and Army-2022 saw 2000 troops.   | -
            The battalion moved to 1900 Main Street.               | -
            """)
    void readsTimeExpressions(String sentence, String expected) {
        assertEquals(expected.trim(), describe(TAGGER.tag(sentence.trim(), THURSDAY)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Der Vertrag wurde am 14. März 2019 in Kairo unterzeichnet.   | 14. März 2019=2019-03-14
            Die ersten Panzer kamen im Oktober 2021 an.                 | Oktober 2021=2021-10
            Договор подписали 14 марта 2019 года в Каире.               | 14 марта 2019=2019-03-14
            Первые танки прибыли в октябре 2021 года.                   | октябре 2021=2021-10
            Поставки начнутся в декабре.                                | декабре=2022-12
            Version 3.12 Mai wurde nicht verkauft.                      | -
            Der Minister sagte am Dienstag, die Panzer seien angekommen. | Dienstag=2022-08-23
            Министр заявил в понедельник, что танки прибыли.            | понедельник=2022-08-22
            """)
    void readsGermanAndRussianDates(String sentence, String expected) {
        assertEquals(expected.trim(), describe(TAGGER.tag(sentence.trim(), THURSDAY)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            菲律賓於2021年3月8日簽約，原訂2026年交付。               | 2021年3月8日=2021-03-08 ; 2026年=2026
            国防部2019年5月宣布延后，7月12日再次通知。             | 2019年5月=2019-05 ; 7月12日=2022-07-12
            2023년 5월 13일 계약을 체결했다.                       | 2023년 5월 13일=2023-05-13
            Kontrak ditandatangani pada 12 Agustus 2020.          | 12 Agustus 2020=2020-08-12
            Pesawat tiba pada Desember 2021.                      | Desember 2021=2021-12
            Anlaşma 14 Şubat 2019'da imzalandı.                   | 14 Şubat 2019=2019-02-14
            Угоду підписали 3 березня 2020 року.                  | 3 березня 2020=2020-03-03
            Στις 9 Μαρτίου του 2020 υπεγράφη η σύμβαση.           | 9 Μαρτίου του 2020=2020-03-09
            """)
    void readsDatesInAsianAndOtherEuropeanScripts(String sentence, String expected) {
        assertEquals(expected.trim(), describe(TAGGER.tag(sentence.trim(), THURSDAY)));
    }

    /** Relative dates and month names in other languages (relative-phrases.tsv, months.tsv), published Thursday 2022-08-25. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Die Haubitzen wurden letzte Woche übergeben.                  | letzte Woche=2022-W33
            Im vergangenen Jahr bestellte das Heer zwölf Systeme.         | Im vergangenen Jahr=2021
            Das Heer will dieses Jahr weitere Jets kaufen.                | dieses Jahr=2022
            Der Vertrag war vor 3 Jahren geschlossen worden.              | vor 3 Jahren=2019
            L'armée a commandé six frégates l'an dernier.                 | l'an dernier=2021
            Le contrat a été signé le 10 février 2022 à Paris.            | 10 février 2022=2022-02-10
            El contrato se firmó el pasado martes en Lima.                | el pasado martes=2022-08-23
            Perú recibió los tanques el 24 de febrero de 2021.            | 24 de febrero de 2021=2021-02-24
            Em abril de 2019, o governo aprovou a compra.                 | abril de 2019=2019-04
            Armia podpisała umowę w zeszłym roku.                         | w zeszłym roku=2021
            Pierwsze czołgi dotarły w kwietniu 2022 roku.                 | kwietniu 2022=2022-04
            Umowę podpisano 5 kwietnia 2022 r.                            | 5 kwietnia 2022=2022-04-05
            Il contratto è stato firmato l'anno scorso.                   | l'anno scorso=2021
            Contractul a fost semnat anul trecut.                         | anul trecut=2021
            Контракт подписали в прошлом году.                            | в прошлом году=2021
            Anlaşma geçen ay imzalandı.                                   | geçen ay=2022-07
            Kontrak ditandatangani bulan lalu.                            | bulan lalu=2022-07
            合同于去年签署。                                                  | 去年=2021
            首批导弹本月13日交付。                                             | 本月13日=2022-08-13
            The deliveries resumed last year in heute's schedule.         | last year=2021 ; heute=2022-08-25
            """)
    void readsRelativeDatesAndMonthsInOtherLanguages(String sentence, String expected) {
        assertEquals(expected.trim(), describe(TAGGER.tag(sentence.trim(), THURSDAY)));
    }

    /** A phrase is tried only where the text holds its words folded; a phrase in capitals holds them too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            КОНТРАКТ ПОДПИСАЛИ В ПРОШЛОМ ГОДУ.                            | В ПРОШЛОМ ГОДУ=2021
            DER VERTRAG WAR VOR 3 JAHREN GESCHLOSSEN WORDEN.              | VOR 3 JAHREN=2019
            IL CONTRATTO È STATO FIRMATO L’ANNO SCORSO.                   | L’ANNO SCORSO=2021
            ANLAŞMA GEÇEN AY İMZALANDI.                                   | GEÇEN AY=2022-07
            Kontrak ditandatangani Bulan Lalu.                            | Bulan Lalu=2022-07
            Контракт подписали в прошлом. Году нет.                       | -
            """)
    void readsPhrasesInAnyCase(String sentence, String expected) {
        assertEquals(expected.trim(), describe(TAGGER.tag(sentence.trim(), THURSDAY)));
    }

    @ParameterizedTest(name = "{0} with anchor {1}")
    @CsvSource(delimiter = '|', textBlock = """
            He said on Tuesday that the talks failed. | 2022    | Tuesday=?
            He said last month that the talks failed. | 2022    | last month=?
            He said last month that the talks failed. | 2022-08 | last month=2022-07
            He said this year that the talks failed.  | 2022    | this year=2022
            He said two years ago that talks failed.  | 2022    | two years ago=2020
            He said last week that the talks failed.  | 2022-08 | last week=?
            He left at 9 p.m. after the talks failed. | 2022-08 | 9 p.m.=XXXX-XX-XXT21:00
            """)
    void resolvesOnlyWhenTheAnchorIsPreciseEnough(String sentence, String anchor, String expected) {
        assertEquals(expected.trim(), describe(TAGGER.tag(sentence.trim(), Optional.of(PartialDate.parse(anchor.trim())))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He said on Tuesday that the talks failed in July 2019. | Tuesday=? ; July 2019=2019-07
            """)
    void keepsRelativeExpressionsAsTextWithoutAnAnchor(String sentence, String expected) {
        assertEquals(expected.trim(), describe(TAGGER.tag(sentence.trim(), Optional.empty())));
    }

    /** "text=value[/mod]" for each mention, "?" for no value, "-" for none. */
    static String describe(List<TimeMention> mentions) {
        if (mentions.isEmpty()) {
            return "-";
        }
        return mentions.stream()
                .map(m -> m.text() + "=" + m.value().orElse("?") + m.modifier().map(x -> "/" + x).orElse(""))
                .collect(Collectors.joining(" ; "));
    }
}
