package dk.kantinekort.ui.staff.layout;

import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.staff.session.Outcome;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.Arrays;
import java.util.List;

/**
 * A back-office page that lists what waits for staff (card orders, payout requests, discrepancies): a table, a
 * "nothing waiting" line when it is empty, read afresh on every visit and after every action that was done.
 */
public abstract class StaffQueuePage<R> extends StaffPage implements BeforeEnterObserver {

    protected final PlainTable table;
    private final Paragraph empty = new Paragraph();

    /** The table is {@code <id>-table}, the empty line {@code <id>-empty}; the headings are bundle keys. */
    protected StaffQueuePage(String id, String titleKey, String noneKey, String... headingKeys) {
        super(id, titleKey);
        table = new PlainTable(id + "-table", Arrays.stream(headingKeys).map(this::getTranslation).toArray(String[]::new));
        empty.setId(id + "-empty");
        empty.setText(getTranslation(noneKey));
        add(table, empty);
    }

    /** What waits now; {@link IllegalStateException} when it cannot be read. */
    protected abstract List<R> waiting();

    /** Adds the row of the {@code index}-th waiting item. */
    protected abstract void addRow(R item, int index);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    protected void show(Outcome outcome) {
        super.show(outcome);
        if (outcome.done()) {
            refresh();
        }
    }

    private void refresh() {
        table.clearRows();
        List<R> items;
        try {
            items = waiting();
        } catch (IllegalStateException e) {
            showUnavailable();
            items = List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            addRow(items.get(i), i);
        }
        table.setVisible(!table.isEmpty());
        empty.setVisible(table.isEmpty());
    }
}
