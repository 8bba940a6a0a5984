/**
 * The composition root: the {@code dossier} command line ({@link dev.dossier.app.Main}, picocli)
 * with the product's stages from {@link dev.dossier.pipeline.Stages#defaults()}.
 * Subcommands live beside {@code Main} and are registered in {@link dev.dossier.app.Main#commandLine}.
 *
 * <p>Depends on: every layer.
 */
package dev.dossier.app;
