package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Attribution;
import dev.dossier.nlp.Fixtures;
import dev.dossier.nlp.LanguageAnnotator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionReaderTest {
    private static final LanguageAnnotator ANNOTATOR = new LanguageAnnotator();

    private static String read(String text) {
        AnnotatedDocument doc = ANNOTATOR.annotate(Fixtures.document(text));
        List<Attribution> all = doc.attributions();
        if (all.isEmpty()) {
            return "- / - / - / ASSERTS / -";
        }
        Attribution a = all.get(all.size() - 1);
        return a.speaker().orElse("-") + " / " + a.description().orElse("-") + " / " + a.via().orElse("-") + " / "
                + a.stance() + " / " + a.content().of(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Interfax cited Ivan Petrov, head of the export agency, as saying: “The contract is signed.”"
                + "; Ivan Petrov / head of the export agency / Interfax / ASSERTS / The contract is signed",
        "据新华社报道，俄罗斯已向该国交付两个导弹营。; Xinhua / - / - / ASSERTS / 俄罗斯已向该国交付两个导弹营",
        "據共同通信報導，首批戰機將於明年交付。; Kyodo News / - / - / ASSERTS / 首批戰機將於明年交付",
        "美国国务院表示，该项军售已获批准。; United States / - / - / ASSERTS / 该项军售已获批准",
        "土耳其国防部指出，交付将推迟至2027年。; Turkey / - / - / ASSERTS / 交付将推迟至2027年",
        "俄方称，合同已经签署。; Russia / - / - / ASSERTS / 合同已经签署",
        "俄罗斯公布了这款导弹的名称。; - / - / - / ASSERTS / -",
        "The deal is done, a Greek defence official told Reuters."
                + "; - / a Greek defence official / Reuters / ASSERTS / The deal is done",
        "According to Yonhap, Seoul will deliver the tanks in March."
                + "; Yonhap / - / - / ASSERTS / Seoul will deliver the tanks in March",
        "Cairo denied that it had ordered the Su-35."
                + "; Egypt / - / - / DENIES / it had ordered the Su-35",
        "“We have no such contract,” the ministry said."
                + "; - / the ministry / - / DENIES / We have no such contract",
        "Reuters reported that India could sign the deal next year."
                + "; Reuters / - / - / HEDGES / India could sign the deal next year",
        "Maria Lopez was quoted by EFE as saying the frigates were delivered."
                + "; Maria Lopez / - / EFE / ASSERTS / the frigates were delivered",
        "TASS quoted Ivan Petrov as saying the S-300 had been delivered."
                + "; Ivan Petrov / - / TASS / ASSERTS / the S-300 had been delivered",
        "The paper, citing two industry sources, said the frigates were late."
                + "; - / two industry sources / - / ASSERTS / the frigates were late",
        "WARSAW (Reuters) - Poland has not signed the deal, an official said."
                + "; - / an official / - / DENIES / Poland has not signed the deal",
        "Interfax reported that Ivan Petrov said the contract had been signed."
                + "; Ivan Petrov / - / Interfax / ASSERTS / the contract had been signed",
        "Berlin approved the sale, Der Spiegel reported, citing government sources."
                + "; - / government sources / Der Spiegel / ASSERTS / Berlin approved the sale",
        "A spokesperson declined to confirm the report but said talks continue."
                + "; - / A spokesperson / - / ASSERTS / talks continue",
        "Gen. Ivan Petrov, the head of the agency, told Interfax that the first batch would ship in May."
                + "; Ivan Petrov / the head of the agency / Interfax / ASSERTS / the first batch would ship in May",
        "A senior official cast doubt on the report."
                + "; - / A senior official / - / DENIES / on the report",
        "Chile bought the tanks, a Santiago business daily reported on Friday, citing two industry sources."
                + "; - / two industry sources / a Santiago business daily / ASSERTS / Chile bought the tanks",
        "Defence Minister Ana Silva and Foreign Minister Luis Costa warned Peru in a letter that the sale could bring sanctions."
                + "; Ana Silva and Luis Costa / - / - / ASSERTS / the sale could bring sanctions",
        "Brazil will build ships with help from Italy and Spain under a plan announced on Monday, and has cancelled its order."
                + "; - / - / - / ASSERTS / -",
        "The Dutch defence ministry on Friday denied that it had ordered more jets."
                + "; - / The Dutch defence ministry / - / DENIES / it had ordered more jets",
        "KNDS France said in a statement that it had signed the contract."
                + "; KNDS France / - / - / ASSERTS / it had signed the contract",
        "A Lima business newspaper had reported on Monday, citing unnamed sources, that the tanks were late."
                + "; - / unnamed sources / A Lima business newspaper / ASSERTS / the tanks were late",
        "A Paris defence newsletter reported on Monday that the order was cut, citing a French official."
                + "; - / a French official / A Paris defence newsletter / ASSERTS / the order was cut",
        "Brazil will order 12 corvettes, Navy Minister Marta Connolly, who is visiting Lisbon this week, confirmed on Monday."
                + "; Marta Connolly / Navy Minister / - / ASSERTS / Brazil will order 12 corvettes",
        "The first frigates will arrive in 2026, Defence Minister Ivan Petrov (Иван Петров) said Monday during a hearing."
                + "; Ivan Petrov / Defence Minister / - / ASSERTS / The first frigates will arrive in 2026",
        "Earlier, a source close to military and technical cooperation told Interfax that the frigates had left."
                + "; - / a source close to military and technical cooperation / Interfax / ASSERTS / the frigates had left",
        "The Trump administration says that Peru bought the drones."
                + "; - / The Trump administration / - / ASSERTS / Peru bought the drones",
        "Foreign ministry spokesman Zhou Wei spoke on Monday. “We will impose sanctions on the firms,” Zhou said."
                + "; Zhou Wei / - / - / ASSERTS / We will impose sanctions on the firms",
        "“The contract is signed,” said armadex, the country's arms procurement agency, in a statement."
                + "; armadex / the country's arms procurement agency / - / ASSERTS / The contract is signed",
        "Peru halted the deliveries, reports the Chilean newspaper El Sur."
                + "; - / the Chilean newspaper El Sur / - / ASSERTS / Peru halted the deliveries",
        "“The missiles will be late,” Tengxun adds."
                + "; Tengxun / - / - / ASSERTS / The missiles will be late",
        "The sale was confirmed by a statement from Senator Ana Silva, a Democrat."
                + "; Ana Silva / a statement from Senator / - / ASSERTS / The sale",
        "The Navy Procurement Department signed it. The sale is related to the jets, the State Department said."
                + "; State Department / - / - / ASSERTS / The sale is related to the jets",
        "Interfax reported the news. It had already delivered 14 jets, the agency said."
                + "; Interfax / - / - / ASSERTS / It had already delivered 14 jets",
        "Chile bought tanks, The Washington Post said. According to the publication, the first tanks arrived in May."
                + "; The Washington Post / - / - / ASSERTS / the first tanks arrived in May",
        "The jets were delivered, a source told TASS on Friday. “More will follow in May,” the source said."
                + "; - / a source / TASS / ASSERTS / More will follow in May",
        "Peru halted the deliveries, reports FRANCE 24."
                + "; France 24 / - / - / ASSERTS / Peru halted the deliveries",
        "The first batch was delivered in May, with Defence Minister Ana Silva saying the rest would follow."
                + "; Ana Silva / Defence Minister / - / ASSERTS / the rest would follow",
        "“The contract has been signed,” Ivan Petrov was quoted as saying by Interfax."
                + "; Ivan Petrov / - / Interfax / ASSERTS / The contract has been signed",
        "Ivan Petrov was quoted as saying by Interfax that the frigates had left."
                + "; Ivan Petrov / - / Interfax / ASSERTS / the frigates had left",
        "A Lima business daily claimed on Monday that Peru had bought the tanks."
                + "; - / A Lima business daily / - / ASSERTS / Peru had bought the tanks",
        "A senior official claimed on Monday that Peru had bought the tanks."
                + "; - / A senior official / - / HEDGES / Peru had bought the tanks",
        "Peru ordered 24 jets from Dassault Aviation. “The first jets fly in 2026,” the aircraft company said."
                + "; Dassault Aviation / - / - / ASSERTS / The first jets fly in 2026",
        "The frigates arrived on Monday, the company said."
                + "; - / the company / - / ASSERTS / The frigates arrived on Monday",
        "Jane’s reports that Peru bought 12 jets."
                + "; Janes / - / - / ASSERTS / Peru bought 12 jets",
        "« Le contrat est signé », a déclaré le directeur de la société, Marc Lefort, cité par le communiqué."
                + "; Marc Lefort / le directeur de la société / - / ASSERTS / Le contrat est signé",
        "Le ministre chilien de la Défense a indiqué dimanche que son pays envisageait une baisse."
                + "; - / Le ministre chilien de la Défense / - / ASSERTS / son pays envisageait une baisse",
        "Die ersten Panzer seien eingetroffen, sagte Hans Becker."
                + "; Hans Becker / - / - / ASSERTS / Die ersten Panzer seien eingetroffen",
        "Según Reuters, el contrato fue firmado en marzo."
                + "; Reuters / - / - / ASSERTS / el contrato fue firmado en marzo",
        "«Контракт подписан», — сказал глава компании."
                + "; - / глава компании / - / ASSERTS / Контракт подписан",
        "\"Kontraknya sudah efektif,\" ujar Juru Bicara Kementerian Pertahanan, Budi Santoso Wirawan, kepada wartawan."
                + "; Budi Santoso Wirawan / Juru Bicara Kementerian Pertahanan / - / ASSERTS / Kontraknya sudah efektif",
        "«Переговоры завершены, мы подписали контракт», - подтвердил информацию гендиректор концерна «Техмаш» Игорь Соколов."
                + "; Игорь Соколов / гендиректор концерна «Техмаш» / - / ASSERTS / Переговоры завершены, мы подписали контракт",
        "\"Kontraknya sudah efektif,\" ujar Juru Bicara Naval Group, Rinto Harsa Nugroho, kepada wartawan."
                + "; Rinto Harsa Nugroho / Juru Bicara Naval Group / - / ASSERTS / Kontraknya sudah efektif",
        "Defence Minister Ana Silva hailed the contract for 12 Gripen jets as a milestone."
                + "; Ana Silva / Defence Minister / - / ASSERTS / the contract for 12 Gripen jets as a milestone",
        "Peru to receive first Gripen jets in May: official"
                + "; - / official / - / ASSERTS / Peru to receive first Gripen jets in May",
        "Deliveries of the Gripen jets delayed to 2027 — Defence Minister Ana Silva"
                + "; Ana Silva / Defence Minister / - / ASSERTS / Deliveries of the Gripen jets delayed to 2027",
        "Peru to get first Gripen jets in May: Gripen; - / - / - / ASSERTS / -",
        "Report: Peru buys 12 Gripen jets; - / - / - / ASSERTS / -",
        "The first batch arrived in May, with Defence Minister Ana Silva adding that the rest would follow."
                + "; Ana Silva / Defence Minister / - / ASSERTS / the rest would follow",
        "Peru has not bought any jets, the Lima Post wrote."
                + "; the Lima Post / - / - / DENIES / Peru has not bought any jets",
        "Peru has not bought any jets, Chile said on Monday."
                + "; Chile / - / - / DENIES / Peru has not bought any jets",
        "«Переговоры завершены, контракт подписан», - подтвердил гендиректор компании Олег Смирнов."
                + "; Олег Смирнов / гендиректор компании / - / ASSERTS / Переговоры завершены, контракт подписан",
        "Ракеты уже поставлены, передает «Интерфакс»."
                + "; Interfax / - / - / ASSERTS / Ракеты уже поставлены",
        "Mısır'a teslimat başladı, dedi Bakan Ahmet Yılmaz."
                + "; Ahmet Yılmaz / Bakan / - / ASSERTS / Mısır'a teslimat başladı",
        "Savunma Bakanı Ahmet Kaya, teslimatların gelecek yıl başlayacağını söyledi."
                + "; Ahmet Kaya / Savunma Bakanı / - / ASSERTS / teslimatların gelecek yıl başlayacağını",
        "Dışişleri Bakanlığı sözcüsü Ali Demir, \"Füzeler teslim edildi\" dedi."
                + "; Ali Demir / Dışişleri Bakanlığı sözcüsü / - / ASSERTS / Füzeler teslim edildi",
        "Şili'nin ikinci partiyi teslim aldığını Bakan Mehmet Öz açıkladı."
                + "; Mehmet Öz / Bakan / - / ASSERTS / Şili'nin ikinci partiyi teslim aldığını",
        "Bakanlık sözcüsü, anlaşmanın imzalandığı iddialarını reddetti."
                + "; - / Bakanlık sözcüsü / - / DENIES / anlaşmanın imzalandığı iddialarını",
        "防衛相は、戦車の引き渡しが来年始まると述べた。; - / 防衛相 / - / ASSERTS / 戦車の引き渡しが来年始まる",
        "山田防衛相は「契約は締結された」と述べた。; - / 山田防衛相 / - / ASSERTS / 契約は締結された",
        "국방부 대변인은 전차 인도가 내년에 시작된다고 밝혔다."
                + "; - / 국방부 대변인 / - / ASSERTS / 전차 인도가 내년에 시작된다고",
        "박민수 장관은 \"계약이 체결됐다\"고 말했다.; - / 박민수 장관 / - / ASSERTS / 계약이 체결됐다",
        "Teslimat gelecek yıl başlayacak dedi.; - / - / - / ASSERTS / -",
    })
    void findsSpeakerViaStanceAndContent(String text, String expected) {
        assertEquals(expected, read(text));
    }

    @org.junit.jupiter.api.Test
    void aQuoteClosedBeforeACommaAndADashSpansItsSentences() {
        String text = "«Танки должны были прийти в мае. К сожалению, судно попало в шторм»,— сказал глава концерна.";
        Attribution last = ANNOTATOR.annotate(Fixtures.document(text)).attributions().get(0);
        assertEquals("глава концерна / Танки должны были прийти в мае. К сожалению, судно попало в шторм",
                last.who().orElse("-") + " / " + last.content().of(text));
    }

    @org.junit.jupiter.api.Test
    void anUnnamedOuterSourceRelaysTheSpeaker() {
        String text = "Ana Silva warned Peru in a letter that the sale could bring sanctions, according to people who saw it.";
        Attribution first = ANNOTATOR.annotate(Fixtures.document(text)).attributions().get(0);
        assertEquals("Ana Silva / people who saw it / the sale could bring sanctions",
                first.speaker().orElse("-") + " / " + first.via().orElse("-") + " / " + first.content().of(text));
    }

    @org.junit.jupiter.api.Test
    void thisWasAnnouncedByPointsBackToThePreviousParagraph() {
        String text = "Chile will buy 40 tanks. The value is $1 billion.\n\n"
                + "According to Reuters, this was announced today by Defence Minister Ana Silva.";
        Attribution last = ANNOTATOR.annotate(Fixtures.document(text)).attributions().stream()
                .filter(a -> a.speaker().equals(java.util.Optional.of("Ana Silva"))).findFirst().orElseThrow();
        assertEquals("Reuters / Chile will buy 40 tanks. The value is $1 billion.",
                last.via().orElse("-") + " / " + last.content().of(text));
    }

    @org.junit.jupiter.api.Test
    void aSentenceOpeningWithAPointerAttributesWhatCameBefore() {
        String text = "Перу купила 40 танков. Контракт подписан в марте.\n\nОб этом сообщил глава компании Иван Петров.";
        List<Attribution> all = ANNOTATOR.annotate(Fixtures.document(text)).attributions();
        Attribution last = all.get(all.size() - 1);
        assertEquals("Иван Петров / Перу купила 40 танков. Контракт подписан в марте.",
                last.who().orElse("-") + " / " + last.content().of(text));
    }

    @org.junit.jupiter.api.Test
    void aSpeechNounAfterAPossessiveIsNoCue() {
        String text = "Rejecting Lima's claims, Chilean spokesman Ivan Petrov told reporters that no drones had been sold.";
        List<Attribution> all = ANNOTATOR.annotate(Fixtures.document(text)).attributions();
        assertEquals(List.of("Ivan Petrov DENIES no drones had been sold"), all.stream()
                .map(a -> a.who().orElse("-") + " " + a.stance() + " " + a.content().of(text)).toList());
    }

    @org.junit.jupiter.api.Test
    void aSpeakerAnnouncedWithoutContentSpeaksTheNextQuote() {
        String text = "Defence Minister Ana Silva told reporters on Sunday. “We have not bought any tanks.”";
        List<Attribution> all = ANNOTATOR.annotate(Fixtures.document(text)).attributions();
        Attribution quote = all.get(all.size() - 1);
        assertEquals("Ana Silva / DENIES / We have not bought any tanks",
                quote.speaker().orElse("-") + " / " + quote.stance() + " / " + quote.content().of(text));
    }

    @org.junit.jupiter.api.Test
    void aSpeakerWithContentDoesNotSpeakTheNextQuote() {
        String text = "Ana Silva said the tanks arrived. “More will come,” the defence ministry said.";
        List<Attribution> all = ANNOTATOR.annotate(Fixtures.document(text)).attributions();
        assertEquals("the defence ministry", all.get(all.size() - 1).description().orElse("-"));
    }

    @org.junit.jupiter.api.Test
    void aQuoteContinuedInTheNextParagraphKeepsItsSpeaker() {
        String text = "A Polish defence official said: “The first tanks arrived.\n\nMore will follow next year.”";
        List<Attribution> all = ANNOTATOR.annotate(Fixtures.document(text)).attributions();
        assertEquals(2, all.size());
        assertEquals("More will follow next year", all.get(1).content().of(text));
        assertEquals(all.get(0).description(), all.get(1).description());
    }
}
