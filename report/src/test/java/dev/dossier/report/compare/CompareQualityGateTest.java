package dev.dossier.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins {@code dossier compare} on the oracle dossier of the real corpus against the SIPRI sample
 * in ../shared (which the project does not ship): the scorer's pairs and verdicts. Skips
 * without ../shared or python3.
 */
@Tag("slow")
class CompareQualityGateTest {
    /**
     * Measured pairs 1.000 and verdicts 0.929 (26/28) when pinned. The two verdicts the gold does
     * not accept: Fath-360's first delivery (the texts never date the arrival; the gold takes the
     * year the receipt was confirmed) and the M1A2 value ($4.75 b against SIPRI's "USD4.8 b deal",
     * which the gold reads as no value).
     */
    private static final double MIN_VERDICTS = 0.92;
    private static final Pattern FIGURE = Pattern.compile("(pairs|verdicts)\\s+([0-9.]+)");

    @Test
    void theOracleDossierPairsEveryDealAndGetsTheVerdicts(@TempDir Path temp) throws Exception {
        Path shared = Path.of(System.getProperty("dossier.shared", "../shared"));
        Path eval = shared.resolve("eval");
        Path register = eval.resolve("sipri/trade-register-sample.csv");
        assumeTrue(Files.exists(register) && Files.exists(eval.resolve("score_compare.py")),
                "no ../shared/eval/sipri: compare gate skipped");
        Path dossier = temp.resolve("dossier.json");
        String oracle = run(eval.resolve("oracle.py").toString(), eval.resolve("real/gold.json").toString(),
                eval.resolve("real/articles").toString(), dossier.toString());
        assumeTrue(Files.exists(dossier), "oracle.py did not run: " + oracle);

        Comparison comparison = SipriCompare.standard().compare(SipriRegister.read(register), NewsDossier.read(dossier));
        CompareReports.writeAll(comparison, temp);
        String scored = run(eval.resolve("score_compare.py").toString(), "--gold",
                eval.resolve("sipri/compare.gold.json").toString(), "--compare", temp.resolve("compare.json").toString(),
                "--dossier", dossier.toString());
        System.out.println(scored);

        Matcher m = FIGURE.matcher(scored);
        double pairs = -1;
        double verdicts = -1;
        while (m.find()) {
            double value = Double.parseDouble(m.group(2));
            if (m.group(1).equals("pairs")) {
                pairs = value;
            } else {
                verdicts = value;
            }
        }
        assertEquals(1.0, pairs, 1e-9, scored);
        assertTrue(verdicts >= MIN_VERDICTS, scored);
    }

    private static String run(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "python3";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "no python3: compare gate skipped");
            return "";
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
