/**
 * {@code dossier serve} and {@code dossier add}: the REST API (Javalin), the web UI it serves
 * (static files under {@code dev/dossier/app/web}), ingestion by POST, and the incremental add
 * from the command line. Reads use an immutable snapshot; writes go through the store one at a
 * time.
 *
 * <p>Depends on: model, pipeline, store (and the default stages); Javalin, picocli.
 */
package dev.dossier.app.serve;
