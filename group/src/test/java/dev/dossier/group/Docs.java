package dev.dossier.group;

import dev.dossier.model.Document;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Metadata;
import java.util.Optional;

/** Test documents: an id and a body. */
final class Docs {
    private Docs() {}

    static Document doc(String id, String body) {
        return new Document(id, id + ".txt", Metadata.empty(), body, DocumentStatus.OK, Optional.empty());
    }

    /** A fictional report written for these tests, in paragraphs. */
    static final String RADAR_REPORT = """
            ANKARA (Reuters) - Turkey has signed a contract to buy four ZX-90 coastal radar systems from \
            Brazil, the defence ministry said on Tuesday, in a deal that officials valued at about 300 million dollars.

            The agreement follows two years of talks between the two governments and includes training for \
            crews and a programme of local maintenance at a centre near the port of Izmir.

            "This contract strengthens our coastal defence and brings new skills to our industry for many \
            years to come," deputy minister Orhan Kaya told reporters at the signing ceremony in the capital.

            Brazil's state export agency said the first radar would be delivered within eighteen months and \
            the last before the end of the decade, subject to the usual export licence.

            Analysts said the purchase fits a wider effort by the navy to modernise its surveillance network \
            along the Aegean and Black Sea coasts, where traffic has grown sharply.

            The ministry did not say how the purchase would be financed or whether further systems could follow \
            under an option in the contract.
            """;

    /** Another fictional article on the same signing: its own words, but the same quotation. */
    static final String SAME_EVENT_OTHER_ARTICLE = """
            Naval officials gathered in the capital on Tuesday as the government confirmed the purchase of \
            coastal radar equipment, the latest in a series of procurement decisions this year.

            "This contract strengthens our coastal defence and brings new skills to our industry for many \
            years to come," deputy minister Orhan Kaya told reporters at the signing ceremony in the capital.

            Opposition lawmakers questioned the price and asked the government to publish the full terms, \
            arguing that parliament had not been consulted before the signing.

            Industry groups welcomed the maintenance work, which they expect to create several hundred jobs \
            in shipyards and electronics firms over the next five years.
            """;
}
