package dev.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    private final StringWriter err = new StringWriter();

    @Test
    void aLongRunPrintsALineEveryFewDocuments() {
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(err), ProgressPrinter.Mode.LINES, 2);
        for (int done = 1; done <= 5; done++) {
            progress.documentRead(done, 5, "f" + done);
        }
        assertEquals("read 2/5 documents\nread 4/5 documents\nread 5/5 documents\n", err.toString().replace("\r\n", "\n"));
    }

    @Test
    void aShortRunPrintsNothing() {
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(err), ProgressPrinter.Mode.LINES, 50);
        progress.documentRead(1, 3, "a");
        assertEquals("", err.toString());
    }

    @Test
    void aTerminalGetsOneCounterThatIsClearedAtTheEnd() {
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(err), ProgressPrinter.Mode.TERMINAL, 50);
        progress.documentRead(1, 2, "a");
        progress.documentRead(2, 2, "b");
        progress.finish();
        assertEquals("\rreading documents: 1/2\rreading documents: 2/2\r\033[K", err.toString());
    }

    @Test
    void quietPrintsNothing() {
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(err), ProgressPrinter.Mode.QUIET, 1);
        progress.documentRead(1, 2, "a");
        progress.finish();
        assertEquals("", err.toString());
    }
}
