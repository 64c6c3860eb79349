package dk.kantinekort.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Kortbestillinger: the card production queue; a produced and sent card replaces the old one at once. */
@Route(value = BackofficeLayout.ROOT + "/kort", layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class KortbestillingerView extends StaffPage implements BeforeEnterObserver {

    private final CardQueue queue;
    private final StaffTable table;
    private final Paragraph empty = new Paragraph();

    KortbestillingerView(StaffQueries queries, StaffCommands commands) {
        super("cards", "backoffice.menu.kort");
        this.queue = new CardQueue(queries, commands);
        table = new StaffTable("cards-table", getTranslation("backoffice.column.holder"),
                getTranslation("backoffice.cards.column.old"), getTranslation("backoffice.cards.column.new"),
                getTranslation("backoffice.cards.column.address"), getTranslation("backoffice.cards.column.ordered"),
                getTranslation("backoffice.column.actions"));
        empty.setId("cards-empty");
        empty.setText(getTranslation("backoffice.cards.none"));
        add(table, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        table.clearRows();
        List<CardQueue.Row> rows;
        try {
            rows = queue.pending();
        } catch (IllegalStateException e) {
            showUnavailable();
            rows = List.of();
        }
        for (CardQueue.Row row : rows) {
            Button produce = new Button(getTranslation("backoffice.cards.produce"), click -> {
                Outcome outcome = queue.produce(row);
                show(outcome);
                if (outcome.done()) {
                    refresh();
                }
            });
            produce.setId("card-produce-" + row.orderId());
            produce.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            table.addRow("card-order-" + row.orderId(), row.holderName(), row.oldCardMasked(), row.newCardMasked(),
                    row.address(), StaffDates.dateTime(row.orderedAt()), produce);
        }
        table.setVisible(!table.isEmpty());
        empty.setVisible(table.isEmpty());
    }
}
