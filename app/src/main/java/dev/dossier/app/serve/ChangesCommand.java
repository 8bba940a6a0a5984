package dev.dossier.app.serve;

import dev.dossier.pipeline.Stages;
import dev.dossier.store.changes.Change;
import dev.dossier.store.changes.ChangeLog;
import dev.dossier.store.changes.ChangeSet;
import dev.dossier.store.changes.Since;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.jdbc.StoreException;
import dev.dossier.store.json.RecordJson;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier changes --store DIR --since DATE|REVISION}: what changed in a store since a
 * revision or a date, read from the store's revision log — new deals, events, slot values and
 * contradictions, and slots whose value or independent-origin count moved, each with the
 * documents that caused it.
 */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "List what changed in a store since a revision or a date: new deals, events, slot values "
                + "and contradictions, and slots whose value or number of independent origins moved, each with "
                + "the added documents that caused it.",
        footer = {"  0  listed (possibly nothing changed)", "  2  usage error (a --since the store cannot answer)",
            "  3  the store could not be opened or read", "  4  internal error", "",
            "Example: dossier changes --store store --since 2026-12-01",
            "         dossier changes --store store --since 12 --json"})
public final class ChangesCommand extends StoreCommand implements Callable<Integer> {
    @Option(names = "--since", required = true, paramLabel = "DATE|REVISION",
            description = "A revision number (as shown by 'dossier changes' and /api/status), a day (YYYY-MM-DD, "
                    + "from its start in UTC) or an instant (2026-12-01T09:30:00Z).")
    String since;

    @Option(names = "--json", description = "Write the changes as JSON instead of text.")
    boolean json;

    /** With the default stages (unused: this command reads only). */
    public ChangesCommand() {
        this(Stages::defaults);
    }

    public ChangesCommand(Supplier<Stages> stages) {
        super(stages);
    }

    @Override
    public Integer call() {
        QuietLogs.apply();
        Since start;
        try {
            start = Since.parse(since);
        } catch (IllegalArgumentException e) {
            return usage("--since " + e.getMessage());
        }
        try (JdbcDossierStore store = storeOptions.open()) {
            ChangeLog log = new ChangeLog(store);
            ChangeSet changes;
            try {
                changes = log.since(log.revisionOf(start));
            } catch (dev.dossier.store.changes.UnanswerableRevision e) {
                return usage("store " + store.location().display() + ": " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? RecordJson.write(changes) : text(changes));
            out.flush();
            return 0;
        } catch (StoreException e) {
            return storeFailed(e);
        }
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("dossier changes: " + message);
        spec.commandLine().getErr().flush();
        return USAGE_ERROR;
    }

    /** The change set for people: the span, the documents added, then one line per change with its causes. */
    static String text(ChangeSet changes) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "changes since revision %d%s, up to revision %d%s%n", changes.since(),
                when(changes.sinceCommitted()), changes.until(), when(changes.untilCommitted())));
        text.append(String.format(Locale.ROOT, "%d document(s) added%s%n", changes.added().size(),
                changes.added().isEmpty() ? "" : ":"));
        for (ChangeSet.AddedDocument d : changes.added()) {
            text.append("  ").append(d.id()).append("  ").append(d.source())
                    .append(d.title().map(t -> "  \"" + t + "\"").orElse(""))
                    .append(d.outlet().map(o -> ", " + o).orElse(""))
                    .append(d.published().map(p -> ", " + p).orElse("")).append(System.lineSeparator());
        }
        text.append(String.format(Locale.ROOT, "%d change(s)%s%n", changes.changes().size(),
                changes.changes().isEmpty() ? "" : ":"));
        for (Change c : changes.changes()) {
            text.append("  ").append(c.describe())
                    .append(c.causes().isEmpty() ? "" : "  ← " + String.join(", ", c.causes()))
                    .append(System.lineSeparator());
        }
        return text.toString().stripTrailing();
    }

    private static String when(Optional<Instant> committed) {
        return committed.map(i -> " (" + i + ")").orElse("");
    }
}
