package dev.dossier.report.compare;

import java.io.IOException;

/**
 * A register file that cannot be read as one: names the file and the 1-based line where the
 * problem starts, so that the user can open the file there.
 */
public final class RegisterFormatException extends IOException {
    private final String file;
    private final int line;

    public RegisterFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** The 1-based line of the file where the problem starts. */
    public int line() {
        return line;
    }
}
