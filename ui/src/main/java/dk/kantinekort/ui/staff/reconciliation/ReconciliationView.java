package dk.kantinekort.ui.staff.reconciliation;

import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffQueuePage;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.staff.session.StaffQueries;
import com.vaadin.flow.router.Route;
import dk.kantinekort.ui.shell.format.DanishFormat;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import dk.kantinekort.ui.shell.Routes;

/** Afstemning: payments the ledger could not match with the provider's, newest first (F6, F16). */
@Route(value = Routes.BACKOFFICE_RECONCILIATION, layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class ReconciliationView extends StaffQueuePage<Discrepancies.Row> {

    private final Discrepancies discrepancies;

    ReconciliationView(StaffQueries queries) {
        super("discrepancies", "backoffice.menu.afstemning", "backoffice.discrepancies.none",
                "backoffice.column.date", "backoffice.column.holder", "backoffice.discrepancies.column.payment",
                "backoffice.discrepancies.column.expected", "backoffice.discrepancies.column.charged",
                "backoffice.discrepancies.column.description");
        this.discrepancies = new Discrepancies(queries);
    }

    @Override
    protected List<Discrepancies.Row> waiting() {
        return discrepancies.all();
    }

    @Override
    protected void addRow(Discrepancies.Row row, int index) {
        table.addRow("discrepancy-" + index, StaffDates.dateTime(row.foundAt()), java.util.Objects.requireNonNullElse(row.holderName(), getTranslation("citizen.forgotten")),
                row.paymentId(), row.expected() == null ? "" : DanishFormat.money(row.expected()),
                row.charged() == null ? "" : DanishFormat.money(row.charged()), row.description());
    }
}
