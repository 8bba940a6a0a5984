/**
 * The composition root: the {@code dossier} command line ({@link dev.dossier.app.Main}, picocli)
 * and the choice of the default stage implementations ({@link dev.dossier.app.DefaultStages}).
 * Subcommands live beside {@code Main} and are registered in {@link dev.dossier.app.Main#commandLine}.
 *
 * <p>Depends on: every layer.
 */
package dev.dossier.app;
