package dev.dossier.app.serve;

/**
 * Keeps the libraries' INFO chatter (Flyway's migration report, Jetty's start-up lines,
 * Javalin's banner-like notes) off a command's output; warnings and errors still show. Only
 * the commands call it, before any logger exists, and a level set on the command line wins.
 */
final class QuietLogs {
    private static final String[] NOISY = {"org.flywaydb", "org.eclipse.jetty", "io.javalin"};

    private QuietLogs() {}

    static void apply() {
        for (String logger : NOISY) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }
}
