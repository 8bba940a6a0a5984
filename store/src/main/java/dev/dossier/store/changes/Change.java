package dev.dossier.store.changes;

import dev.dossier.model.Checks;
import java.util.List;
import java.util.Optional;

/**
 * One thing that changed between two revisions: what kind of change, the deal it concerns (its
 * current id, or its last id when it is gone) and label, the item (a slot name, an event id, a
 * contradiction id), the value before and after, the independent origins before and after (for
 * slots), and the added documents that caused it.
 */
public record Change(
        ChangeKind kind,
        Optional<String> deal,
        Optional<String> dealLabel,
        String item,
        Optional<String> before,
        Optional<String> after,
        Optional<Integer> independentBefore,
        Optional<Integer> independentAfter,
        List<String> causes) {

    public Change {
        Checks.present(kind, "kind");
        Checks.present(deal, "deal");
        Checks.present(dealLabel, "dealLabel");
        Checks.text(item, "item");
        Checks.present(before, "before");
        Checks.present(after, "after");
        Checks.present(independentBefore, "independentBefore");
        Checks.present(independentAfter, "independentAfter");
        causes = Checks.list(causes, "causes");
    }

    /** One line for people: "Norway → Lithuania NASAMS: first_delivery 2022-09 (new, 1 origin)". */
    public String describe() {
        String where = dealLabel.map(l -> l + ": ").orElse("");
        String what = switch (kind) {
            case NEW_DEAL -> "new deal";
            case DEAL_GONE -> "deal no longer reported";
            case DEAL_STATUS_CHANGED -> "status " + before.orElse("") + " → " + after.orElse("");
            case NEW_SLOT_VALUE -> item + " " + after.orElse("") + origins(independentAfter);
            case SLOT_VALUE_CHANGED -> item + " " + before.orElse("") + " → " + after.orElse("")
                    + origins(independentAfter);
            case SLOT_SUPPORT_CHANGED -> item + " " + after.orElse("") + ": independent origins "
                    + independentBefore.orElse(0) + " → " + independentAfter.orElse(0);
            case SLOT_GONE -> item + " " + before.orElse("") + " no longer reported";
            case NEW_EVENT -> "new event " + item + ": " + after.orElse("");
            case EVENT_CHANGED -> "event " + item + ": " + before.orElse("") + " → " + after.orElse("");
            case EVENT_GONE -> "event no longer reported: " + before.orElse("");
            case NEW_CONTRADICTION -> "new contradiction " + item + ": " + after.orElse("");
            case CONTRADICTION_CHANGED -> "contradiction " + item + ": " + before.orElse("") + " → "
                    + after.orElse("");
            case CONTRADICTION_GONE -> "contradiction resolved: " + before.orElse("");
        };
        return where + what;
    }

    private static String origins(Optional<Integer> count) {
        return count.map(n -> " (" + n + (n == 1 ? " independent origin)" : " independent origins)")).orElse("");
    }
}
