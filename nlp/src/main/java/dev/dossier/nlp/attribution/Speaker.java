package dev.dossier.nlp.attribution;

import java.util.Optional;

/** Who a speaker phrase names: a person or body, a description, and an agency that relayed it. */
record Speaker(Optional<String> name, Optional<String> description, Optional<String> via) {
    static Speaker none() {
        return new Speaker(Optional.empty(), Optional.empty(), Optional.empty());
    }

    boolean isEmpty() {
        return name.isEmpty() && description.isEmpty() && via.isEmpty();
    }
}
