package dev.dossier.app;

import dev.dossier.pipeline.Stages;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code dossier} command. Each action is a subcommand ({@code analyze}, …) registered in
 * {@link #commandLine}; {@code --help} and {@code --version} work on every one of them.
 *
 * <p>Exit codes: 0 all good; 1 some inputs failed but the output was written; 2 usage error;
 * 3 the output could not be written; 4 an internal error (a bug: please report it).
 */
@Command(name = "dossier", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class, synopsisSubcommandLabel = "COMMAND",
        description = "Turns news reports about arms-transfer deals into a sourced dossier: a deal ledger whose "
                + "every field links to the sentences behind it, a timeline, and the disputes between sources.",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  all good", "  1  some inputs failed; the dossier was written without them", "  2  usage error",
            "  3  the output (report folder or store) could not be written", "  4  internal error",
            "", "Examples:", "  dossier analyze examples/ --out out       then open out/report.html",
            "  dossier serve --store store examples/     then open http://127.0.0.1:8080/",
            "  dossier COMMAND --help                    each command's options"})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int SOME_INPUTS_FAILED = 1;
    public static final int USAGE = 2;
    public static final int OUTPUT_ERROR = 3;
    public static final int INTERNAL_ERROR = 4;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = writer(System.out);
        PrintWriter err = writer(System.err);
        int code = run(out, err, System.console() != null, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line with the default stages; returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        return commandLine(Stages::defaults, out, err, terminal).execute(args);
    }

    /** The command tree: the place to register a new subcommand. */
    static CommandLine commandLine(Supplier<Stages> stages, PrintWriter out, PrintWriter err, boolean terminal) {
        CommandLine line = new CommandLine(new Main());
        line.addSubcommand(new AnalyzeCommand(stages, terminal));
        line.addSubcommand(new dev.dossier.app.serve.AddCommand(stages));
        line.addSubcommand(new dev.dossier.app.serve.RebuildCommand(stages));
        line.addSubcommand(new dev.dossier.app.serve.ServeCommand(stages));
        line.addSubcommand(new CompareCommand());
        line.addSubcommand(new dev.dossier.app.serve.ChangesCommand(stages));
        line.addSubcommand(new BenchCommand());
        line.addSubcommand(new ExplainCommand());
        line.addSubcommand(new TrainEventsCommand());
        line.addSubcommand(new SparkHintCommand());
        line.addSubcommand(new CommandLine.HelpCommand());
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler(Main::usageError);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("dossier: internal error, nothing was written: " + e);
            cmd.getErr().println("This is a bug in Dossier; please report it with the trace below.");
            e.printStackTrace(cmd.getErr());
            return INTERNAL_ERROR;
        });
        return line;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: try 'dossier analyze INPUT... --out DIR'");
    }

    /** A short message naming what was wrong, a suggestion for a misspelt option, and where help is. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("dossier: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USAGE;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
