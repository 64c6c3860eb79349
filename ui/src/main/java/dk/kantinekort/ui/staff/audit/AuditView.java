package dk.kantinekort.ui.staff.audit;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffPage;
import dk.kantinekort.ui.staff.session.StaffQueries;
import dk.kantinekort.ui.security.CurrentStaff;
import dk.kantinekort.ui.shell.ReadModelNotice;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import dk.kantinekort.ui.shell.Routes;

/**
 * Revision (F17, role AUDITOR): the ledger as the event store holds it, never as the portal's read models show it
 * (decision record 12): an account's history and its balance at any instant, the ledger check, the rebuild of the
 * read models and the export as JSON Lines.
 */
@Route(value = Routes.BACKOFFICE_AUDIT, layout = BackofficeLayout.class)
@RolesAllowed("AUDITOR")
public class AuditView extends StaffPage implements BeforeEnterObserver {

    private final Polling polling = new Polling();
    private final LedgerCheckSection ledgerCheck;
    private final RebuildSection rebuild;

    AuditView(AuditQueries audit, StaffQueries staff, CurrentStaff currentStaff, ReadModelNotice notice,
                 ObjectProvider<Clock> clock) {
        super("revision", "backoffice.menu.revision");
        HistoryExport export = new HistoryExport(audit, currentStaff);
        ledgerCheck = new LedgerCheckSection(new LedgerCheckDesk(audit), polling);
        rebuild = new RebuildSection(new RebuildDesk(audit), polling, notice);
        add(new HistorySection(new AccountHistory(audit, staff), export, clock.getIfAvailable(Clock::systemUTC)),
                ledgerCheck, rebuild, new ExportSection(export));
        addDetachListener(event -> polling.stop());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ledgerCheck.showLatest();
        rebuild.showCurrent();
    }
}
