package dev.dossier.spark;

import java.util.Locale;
import java.util.function.Consumer;

/** Tells a listener as each phase of a run ends, with the seconds it took. */
final class PhaseClock {
    private final Consumer<String> progress;
    private long last = System.nanoTime();

    PhaseClock(Consumer<String> progress) {
        this.progress = progress;
    }

    /** Reports {@code what} with the time since the previous lap (or since the clock started). */
    void lap(String what) {
        long now = System.nanoTime();
        progress.accept(String.format(Locale.ROOT, "%s (%.1f s)", what, (now - last) / 1e9));
        last = now;
    }
}
