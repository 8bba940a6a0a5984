package dev.dossier.assertion;

import dev.dossier.model.Assertion;
import dev.dossier.model.EventStatus;
import dev.dossier.model.Roles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dated transfer claim that names the system and one party but not the other ("the US again
 * notified a delay in June", where the buyer is the article's "our country") takes the other party
 * from the complete claims of the same document about that system and that party, when at least
 * {@value #SUPPORT} of them give it and none gives another: an article about one deal does not
 * change buyer between its sentences, whichever sentence names it (an earlier or a later one).
 * Only a dated statement of fact is completed: an undated half-named claim already joins the event
 * of its parties across documents, while a dated one whose date no complete claim shares would be
 * lost; a plan or a hedge is not, since its year is often a target for the deal as a whole ("planned
 * to continue through 2023") rather than the date of the part it speaks of. One complete claim is
 * too little to go on (its own roles may be misread).
 */
final class DocumentParties {
    /** The complete claims that must name the counterpart, with no other counterpart named. */
    static final int SUPPORT = 2;

    private DocumentParties() {
    }

    /** {@code claims} (one document's, in reading order) with each half-named transfer completed where the document allows. */
    static List<Assertion> complete(List<Assertion> claims) {
        Map<String, Map<String, Integer>> recipients = new HashMap<>();
        Map<String, Map<String, Integer>> suppliers = new HashMap<>();
        for (Assertion a : claims) {
            Roles r = a.roles();
            if (a.type().isTransfer() && r.system().isPresent() && r.supplier().isPresent() && r.recipient().isPresent()) {
                recipients.computeIfAbsent(key(r.supplier(), r.system()), k -> new HashMap<>())
                        .merge(r.recipient().get(), 1, Integer::sum);
                suppliers.computeIfAbsent(key(r.recipient(), r.system()), k -> new HashMap<>())
                        .merge(r.supplier().get(), 1, Integer::sum);
            }
        }
        if (recipients.isEmpty()) {
            return claims;
        }
        List<Assertion> out = new ArrayList<>(claims.size());
        for (Assertion a : claims) {
            out.add(completed(a, recipients, suppliers));
        }
        return out;
    }

    private static Assertion completed(Assertion a, Map<String, Map<String, Integer>> recipients,
            Map<String, Map<String, Integer>> suppliers) {
        Roles r = a.roles();
        boolean fact = a.status() == EventStatus.ASSERTED || a.status() == EventStatus.REPORTED;
        if (!a.type().isTransfer() || !fact || a.date().isEmpty() || r.system().isEmpty()
                || r.supplier().isPresent() == r.recipient().isPresent()) {
            return a;
        }
        Roles filled = r.supplier().isPresent()
                ? only(recipients.get(key(r.supplier(), r.system()))).map(r::withRecipient).orElse(r)
                : only(suppliers.get(key(r.recipient(), r.system()))).map(r::withSupplier).orElse(r);
        return filled == r ? a : new Assertion(a.id(), a.type(), filled, a.date(), a.dateNote(), a.quantity(),
                a.value(), a.status(), a.batch(), a.evidence());
    }

    /** The one counterpart named, when named often enough. */
    private static Optional<String> only(Map<String, Integer> named) {
        return named != null && named.size() == 1 && named.values().iterator().next() >= SUPPORT
                ? Optional.of(named.keySet().iterator().next()) : Optional.empty();
    }

    private static String key(Optional<String> party, Optional<String> system) {
        return party.orElse("") + "\u0000" + system.orElse("");
    }
}
