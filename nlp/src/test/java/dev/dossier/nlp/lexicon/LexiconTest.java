package dev.dossier.nlp.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
    private static final Lexicon LEXICON = Lexicon.standard();

    private static String found(String text) {
        return String.join(" | ", LEXICON.gazetteer().find(text).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.alias().entity().id()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Türkiye and Ankara; Türkiye=country:TR | Ankara=country:TR",
        "Turkiye bought S400s; Turkiye=country:TR | S400s=weapon:s-400",
        "the S-400 Triumf, or SA-21 Growler; S-400 Triumf=weapon:s-400 | SA-21 Growler=weapon:s-400",
        "Su-30MKI and F-16 Block 70 jets; Su-30MKI=weapon:su-30 | F-16 Block 70=weapon:f-16",
        "the US and the U.S. and us; US=country:US | U.S.=country:US",
        "Washington and the Kremlin; Washington=country:US | Kremlin=country:RU",
        "Rosoboronexport and SSB; Rosoboronexport=org:rosoboronexport | SSB=org:ssb",
        "Russia-Turkey talks; Russia=country:RU | Turkey=country:TR",
        "a turkey dinner in Australian waters; Australian=country:AU",
        "boats built in Adelaide; Adelaide=location:adelaide",
        "a South American buyer of American jets; South American=location:latin-america | American=country:US",
        "Peking liefert die Haubitzen aus China an die Türkei; Peking=country:CN | China=country:CN | Türkei=country:TR",
        "Indiens Armee kauft russische Panzer; Indiens=country:IN | russische=country:RU",
        "Египет закупил у России Су-35 и С-400 «Триумф»; Египет=country:EG | России=country:RU | Су-35=weapon:su-35 | С-400=weapon:s-400 | Триумф=weapon:s-400",
        "переговоры с Ираном и Китаем в Москве; Ираном=country:IR | Китаем=country:CN | Москве=country:RU",
        "индийские МиГ-29 и турецкой армии; индийские=country:IN | МиГ-29=weapon:mig-29 | турецкой=country:TR",
        "菲律賓向美國採購F-16V戰機，北京表示反對; 菲律賓=country:PH | 美國=country:US | F-16V=weapon:f-16 | 北京=country:CN",
        "印度尼西亚从法国购买; 印度尼西亚=country:ID | 法国=country:FR",
        "Mısır Rusya'dan Su-35 aldı, ABD'nin tepkisi; Mısır=country:EG | Rusya=country:RU | Su-35=weapon:su-35 | ABD=country:US",
        "Filipina membeli dari Korea Selatan dan Amerika Serikat; Filipina=country:PH | Korea Selatan=country:KR | Amerika Serikat=country:US",
        "Польща купила у США, Росією; Польща=country:PL | США=country:US | Росією=country:RU",
        "폴란드에 한국산 전차; 폴란드=country:PL | 한국=country:KR",
        "η Αίγυπτος και της Γαλλίας; Αίγυπτος=country:EG | Γαλλίας=country:FR",
        "Le Pérou a commandé des frégates à la Corée du Sud; Pérou=country:PE | Corée du Sud=country:KR",
        "Colombia compró aviones suecos a Suecia; Colombia=country:CO | suecos=country:SE | Suecia=country:SE",
        "a Marinha do Brasil e a Itália; Brasil=country:BR | Itália=country:IT",
        "dostawa czołgów z Korei Południowej do Polski; Korei Południowej=country:KR | Polski=country:PL",
        "armia rumuńska i Waszyngton; rumuńska=country:RO | Waszyngton=country:US",
        "Guvernul polonez și Statele Unite; polonez=country:PL | Statele Unite=country:US",
    })
    void findsLongestAliasesWithCaseRules(String text, String expected) {
        assertEquals(expected, found(text));
    }

    @Test
    void coversTheWorldAndHundredsOfSystems() {
        List<String> countries = LEXICON.entities().stream().filter(e -> e.type() == EntityType.COUNTRY)
                .map(e -> e.id()).toList();
        long weapons = LEXICON.entities().stream().filter(e -> e.type() == EntityType.WEAPON).count();
        assertTrue(countries.size() >= 193, "countries: " + countries.size());
        assertTrue(weapons >= 300, "weapons: " + weapons);
        assertEquals("Russia", LEXICON.entity("weapon:s-400").orElseThrow().attribute("country").orElseThrow());
        assertEquals("air-defence", LEXICON.entity("weapon:s-400").orElseThrow().attribute("category").orElseThrow());
        assertEquals("NEWS_AGENCY", LEXICON.entity("org:tass").orElseThrow().type().name());
        assertEquals("Australia", LEXICON.entity("location:adelaide").orElseThrow().attribute("country").orElseThrow());
    }
}
