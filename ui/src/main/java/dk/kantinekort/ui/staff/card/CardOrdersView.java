package dk.kantinekort.ui.staff.card;

import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffQueuePage;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.staff.session.StaffQueries;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import dk.kantinekort.ui.shell.Routes;

/** Kortbestillinger: the card production queue; a produced and sent card replaces the old one at once. */
@Route(value = Routes.BACKOFFICE_CARD_ORDERS, layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class CardOrdersView extends StaffQueuePage<CardQueue.Row> {

    private final CardQueue queue;

    CardOrdersView(StaffQueries queries, StaffCommands commands) {
        super("cards", "backoffice.menu.kort", "backoffice.cards.none", "backoffice.column.holder",
                "backoffice.cards.column.old", "backoffice.cards.column.new", "backoffice.cards.column.address",
                "backoffice.cards.column.ordered", "backoffice.column.actions");
        this.queue = new CardQueue(queries, commands);
    }

    @Override
    protected List<CardQueue.Row> waiting() {
        return queue.pending();
    }

    @Override
    protected void addRow(CardQueue.Row row, int index) {
        Button produce = new Button(getTranslation("backoffice.cards.produce"), click -> show(queue.produce(row)));
        produce.setId("card-produce-" + row.orderId());
        produce.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        table.addRow("card-order-" + row.orderId(), java.util.Objects.requireNonNullElse(row.holderName(), getTranslation("citizen.forgotten")),
                row.oldCardMasked(), row.newCardMasked(),
                row.address(), StaffDates.dateTime(row.orderedAt()), produce);
    }
}
