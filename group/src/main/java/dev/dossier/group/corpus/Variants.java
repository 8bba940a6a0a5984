package dev.dossier.group.corpus;

/**
 * The spelling and country-name variants that planted copies switch between. Written for the
 * generator; the fingerprint's folding tables are expected to fold each pair to one form.
 */
final class Variants {
    private Variants() {}

    /** British form, US form. */
    static final String[][] SPELLING = {
        {"defence", "defense"}, {"programme", "program"}, {"organisation", "organization"},
        {"centre", "center"}, {"modernisation", "modernization"}, {"licence", "license"},
        {"armoured", "armored"}, {"authorised", "authorized"}, {"neighbouring", "neighboring"},
        {"manoeuvres", "maneuvers"}, {"cancelled", "canceled"}, {"favour", "favor"},
        {"criticised", "criticized"}, {"finalised", "finalized"}, {"kilometres", "kilometers"},
    };

    /** One country's two written forms. */
    static final String[][] COUNTRIES = {
        {"Turkey", "Türkiye"}, {"the United States", "the U.S."}, {"Britain", "the United Kingdom"},
        {"South Korea", "the Republic of Korea"}, {"North Korea", "the DPRK"}, {"the Czech Republic", "Czechia"},
        {"Ivory Coast", "Côte d'Ivoire"}, {"Iran", "the Islamic Republic of Iran"}, {"Myanmar", "Burma"},
        {"the United Arab Emirates", "the UAE"}, {"the Netherlands", "Holland"}, {"Russia", "the Russian Federation"},
        {"China", "the People's Republic of China"}, {"Saudi Arabia", "the Kingdom of Saudi Arabia"},
        {"Vietnam", "Viet Nam"}, {"Sri Lanka", "Ceylon"},
    };
}
