/**
 * The JSON form of the model records (Jackson), shared by the store's rows and the REST API.
 *
 * <p>Depends on: model, Jackson.
 */
package dev.dossier.store.json;
