package dk.kantinekort.ui.staff.deadletter;

import dk.kantinekort.api.deadletter.DeadLetterView;
import dk.kantinekort.api.deadletter.ListDeadLetters;
import dk.kantinekort.api.deadletter.RetryDeadLetters;
import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import java.util.List;

/**
 * Fejlede hændelser: the events a read-model projection failed on, parked with the later events of the same account,
 * and "Prøv igen", which runs that account's parked events again once the cause is fixed (the read side does it on a
 * thread of its own; the page shows the queue as it is when read again).
 */
class DeadLetterDesk {

    private final StaffQueries queries;
    private final StaffCommands commands;

    DeadLetterDesk(StaffQueries queries, StaffCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** Oldest sequence first; throws IllegalStateException when the read side is away. */
    List<DeadLetterView> parked() {
        return queries.list(new ListDeadLetters(), DeadLetterView.class);
    }

    Outcome retry(DeadLetterView letter) {
        return Outcome.of(() -> commands.send(new RetryDeadLetters(letter.processor(), letter.sequence(),
                commands.actor())), "backoffice.deadletters.retried");
    }
}
