package dev.dossier.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.Document;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Metadata;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyCreditsTest {
    private final AgencyCredits credits = AgencyCredits.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "MOSCOW (Reuters) - The ministry said on Monday.| Reuters",
        "WASHINGTON (AP) — The Pentagon said.| Associated Press",
        "The ministry said so.\\n\\n— AFP| Agence France-Presse",
        "The deal was signed.\\n(Reporting by Jane Doe; Editing by John Roe)| none",
        "PARIS, March 14 (Meridian) - The deal was signed.| Meridian",
        "ATHENS, Jan 25 (AFP) — The deal was signed.| Agence France-Presse",
        "The deal was signed. AFP contributed to this report.| Agence France-Presse",
        "Text.\\nCopyright 2021 Xinhua| Xinhua",
        "Reuters has reported that the two sides are close to a deal.| none",
        "An official told AFP that the talks continue.| none",
        "MineTech International (MTI) removed the bomb.| none",
    })
    void findsCreditsButNotCitations(String text, String agency) {
        assertEquals(Optional.ofNullable(agency), credits.creditIn(text.replace("\\n", "\n")));
    }

    @Test
    void aDatelineAbbreviationIsWrittenOutAsTheOutlet() {
        Document document = new Document("d", "d.txt", Metadata.empty().withOutlet("Continental Press Agency"),
                "ATHENS, Jan 25 (CPA) - The ministry said.", DocumentStatus.OK, Optional.empty());
        assertEquals(Optional.of("Continental Press Agency"), credits.creditOf(document));
    }
}
