package dev.dossier.assertion;

import dev.dossier.model.Attribution;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.Money;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Quantity;
import dev.dossier.model.Roles;
import dev.dossier.model.Stance;
import java.util.Optional;

/** An assertion being read from one trigger, before it gets its evidence and id. */
record Draft(
        Trigger trigger,
        Roles roles,
        Optional<PartialDate> date,
        Optional<String> dateNote,
        Optional<Quantity> quantity,
        Optional<Money> value,
        EventStatus status,
        Stance stance,
        Optional<Integer> batch,
        Optional<Attribution> attribution) {

    EventType type() {
        return trigger.type();
    }

    Draft undated() {
        return new Draft(trigger, roles, Optional.empty(), Optional.empty(), quantity, value, status, stance, batch,
                attribution);
    }

    Draft withValue(Money money) {
        return new Draft(trigger, roles, date, dateNote, quantity, Optional.of(money), status, stance, batch,
                attribution);
    }
}
