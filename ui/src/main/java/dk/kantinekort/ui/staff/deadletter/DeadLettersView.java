package dk.kantinekort.ui.staff.deadletter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.deadletter.DeadLetterView;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffQueuePage;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.staff.session.StaffQueries;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Fejlede hændelser: every event a read-model projection could not handle (processor, account, event, error, time),
 * with the account's later events queued behind it, and "Prøv igen" on the first of each account's queue.
 */
@Route(value = Routes.BACKOFFICE_DEAD_LETTERS, layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class DeadLettersView extends StaffQueuePage<DeadLetterView> {

    private final DeadLetterDesk desk;

    DeadLettersView(StaffQueries queries, StaffCommands commands) {
        super("deadletters", "backoffice.menu.fejlede", "backoffice.deadletters.none",
                "backoffice.deadletters.column.processor", "backoffice.deadletters.column.account",
                "backoffice.deadletters.column.event", "backoffice.deadletters.column.error",
                "backoffice.deadletters.column.time", "backoffice.column.actions");
        this.desk = new DeadLetterDesk(queries, commands);
    }

    @Override
    protected List<DeadLetterView> waiting() {
        return desk.parked();
    }

    @Override
    protected void addRow(DeadLetterView letter, int index) {
        String error = letter.error() == null ? getTranslation("backoffice.deadletters.queued") : letter.error();
        String event = letter.eventType() + (letter.eventSequenceNumber() >= 0 ? " #" + letter.eventSequenceNumber() : "");
        if (letter.error() == null) {
            table.addRow("deadletter-" + index, letter.processor(), letter.sequence(), event, error,
                    StaffDates.dateTime(letter.enqueuedAt()), "");
            return;
        }
        Button retry = new Button(getTranslation("backoffice.deadletters.retry"), click -> show(desk.retry(letter)));
        retry.setId("deadletter-retry-" + index);
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        table.addRow("deadletter-" + index, letter.processor(), letter.sequence(), event, error,
                StaffDates.dateTime(letter.enqueuedAt()), retry);
    }
}
