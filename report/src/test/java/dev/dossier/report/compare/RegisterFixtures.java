package dev.dossier.report.compare;

import java.util.List;

/**
 * Registers written for these tests in the layout of SIPRI's exports. The deals are invented
 * (parties, numbers, years and comments); only the column layout and SIPRI's way of writing
 * (flags, year lists, values in the comments) follow the real export.
 */
final class RegisterFixtures {
    private RegisterFixtures() {}

    static final String TRADE_REGISTER_HEADER = "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,"
            + "Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,"
            + "SIPRI TIV for total order,SIPRI TIV of delivered weapons";

    /** Eleven preamble lines as the export writes them (text of our own). */
    static String preamble() {
        StringBuilder text = new StringBuilder("Transfers of major conventional arms from All countries to All countries.\n");
        for (int i = 2; i <= 8; i++) {
            text.append("Note ").append(i).append(" about the export; it has semicolons, and commas.\n");
        }
        return text.append("\nSource: a test register.\nData generated: 1 Jan 2030\n").toString();
    }

    /** A trade register: the preamble, the header (line 12) and {@code rows} (from line 13). */
    static String tradeRegister(List<String> rows) {
        return preamble() + TRADE_REGISTER_HEADER + "\n" + String.join("\n", rows) + "\n";
    }
}
