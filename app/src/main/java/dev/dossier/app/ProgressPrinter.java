package dev.dossier.app;

import dev.dossier.pipeline.Progress;
import java.io.PrintWriter;

/**
 * Shows how far a run has got on stderr. On a terminal one counter is rewritten in place
 * ({@code \r}); otherwise a line is printed every {@code every} documents, and short runs stay
 * silent.
 */
final class ProgressPrinter implements Progress {
    enum Mode { TERMINAL, LINES, QUIET }

    private final PrintWriter err;
    private final Mode mode;
    private final int every;
    private boolean counterShown;

    ProgressPrinter(PrintWriter err, Mode mode, int every) {
        this.err = err;
        this.mode = mode;
        this.every = every;
    }

    @Override
    public void documentRead(int done, int total, String source) {
        if (mode == Mode.TERMINAL) {
            err.print("\rreading documents: " + done + "/" + total);
            err.flush();
            counterShown = true;
        } else if (mode == Mode.LINES && total > every && (done % every == 0 || done == total)) {
            err.println("read " + done + "/" + total + " documents");
            err.flush();
        }
    }

    /** Ends the counter line, so that what follows starts on a line of its own. */
    void finish() {
        if (counterShown) {
            err.print("\r\033[K");
            err.flush();
            counterShown = false;
        }
    }
}
