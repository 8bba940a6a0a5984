package dev.dossier.app;

import dev.dossier.report.compare.CompareReports;
import dev.dossier.report.compare.Comparison;
import dev.dossier.report.compare.NewsDossier;
import dev.dossier.report.compare.RegisterFormatException;
import dev.dossier.report.compare.SipriCompare;
import dev.dossier.report.compare.SipriRegister;
import dev.dossier.report.compare.SipriRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier compare --sipri REGISTER.csv DOSSIER_DIR --out DIR}: a dossier set against SIPRI's register. */
@Command(name = "compare", sortOptions = false,
        description = {"Compare a dossier's deals with the SIPRI Arms Transfers Database and write compare.json "
                + "and compare.md: each deal paired with its SIPRI row and a verdict on order date, quantity, value "
                + "and first delivery (agree, differ, news_only, sipri_only, incomparable), the deals SIPRI lacks, "
                + "and SIPRI's rows for the same supplier/recipient pairs that no article mentions.",
            "REGISTER is SIPRI's CSV export as downloaded (trade register or per-delivery layout)."},
        footer = {"  0  all good", "  2  usage error, or a register or dossier.json that cannot be read "
                + "(the message names the file and line)", "  3  the output could not be written",
            "  4  internal error",
            "", "Example: dossier compare --sipri trade-register.csv out/ --out out/"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sipri", required = true, paramLabel = "REGISTER.csv",
            description = "SIPRI's export: the trade register or the per-delivery CSV.")
    Path register;

    @Parameters(paramLabel = "DOSSIER_DIR", description = "A folder holding dossier.json (as analyze writes it), "
            + "or the dossier.json file itself.")
    Path dossier;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Folder to write compare.json and compare.md into (created when missing).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        checkExists(register);
        checkExists(dossier);
        List<SipriRow> rows;
        NewsDossier news;
        try {
            rows = SipriRegister.read(register);
            news = NewsDossier.read(dossier);
        } catch (RegisterFormatException e) {
            err.println("dossier: malformed SIPRI register " + e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("dossier: " + e.getMessage());
            return Main.USAGE;
        }
        Comparison comparison = SipriCompare.standard().compare(rows, news);
        try {
            CompareReports.writeAll(comparison, out);
        } catch (IOException e) {
            err.println("dossier: " + e.getMessage());
            return Main.OUTPUT_ERROR;
        }
        err.println(comparison.pairs().size() + " deals paired with SIPRI rows, " + comparison.dealsNotInSipri().size()
                + " not in SIPRI, " + comparison.rowsNotInNews().size() + " SIPRI rows not in the news → "
                + out.resolve("compare.md"));
        err.flush();
        return Main.OK;
    }

    private void checkExists(Path input) {
        if (!Files.exists(input)) {
            throw new ParameterException(spec.commandLine(), "no such file or folder: " + input);
        }
    }
}
