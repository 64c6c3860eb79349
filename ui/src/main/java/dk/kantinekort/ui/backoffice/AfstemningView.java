package dk.kantinekort.ui.backoffice;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dk.kantinekort.ui.format.DanishFormat;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Afstemning: payments the ledger could not match with the provider's, newest first (F6, F16). */
@Route(value = BackofficeLayout.ROOT + "/afstemning", layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class AfstemningView extends StaffPage implements BeforeEnterObserver {

    private final Discrepancies discrepancies;
    private final StaffTable table;
    private final Paragraph empty = new Paragraph();

    AfstemningView(StaffQueries queries) {
        super("discrepancies", "backoffice.menu.afstemning");
        this.discrepancies = new Discrepancies(queries);
        table = new StaffTable("discrepancies-table", getTranslation("backoffice.column.date"),
                getTranslation("backoffice.column.holder"), getTranslation("backoffice.discrepancies.column.payment"),
                getTranslation("backoffice.discrepancies.column.expected"),
                getTranslation("backoffice.discrepancies.column.charged"),
                getTranslation("backoffice.discrepancies.column.description"));
        empty.setId("discrepancies-empty");
        empty.setText(getTranslation("backoffice.discrepancies.none"));
        add(table, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        table.clearRows();
        List<Discrepancies.Row> rows;
        try {
            rows = discrepancies.all();
        } catch (IllegalStateException e) {
            showUnavailable();
            rows = List.of();
        }
        int i = 0;
        for (Discrepancies.Row row : rows) {
            table.addRow("discrepancy-" + i++, StaffDates.dateTime(row.foundAt()), row.holderName(),
                    row.paymentId(), row.expected() == null ? "" : DanishFormat.money(row.expected()),
                    row.charged() == null ? "" : DanishFormat.money(row.charged()), row.description());
        }
        table.setVisible(!table.isEmpty());
        empty.setVisible(table.isEmpty());
    }
}
