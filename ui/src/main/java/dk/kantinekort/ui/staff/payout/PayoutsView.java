package dk.kantinekort.ui.staff.payout;

import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffQueuePage;
import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.staff.session.StaffQueries;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import dk.kantinekort.ui.shell.format.DanishFormat;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import dk.kantinekort.ui.shell.Routes;

/** Udbetalinger: approve a payout request, or reject it with a reason the citizen sees. */
@Route(value = Routes.BACKOFFICE_PAYOUTS, layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class PayoutsView extends StaffQueuePage<PayoutDesk.Row> {

    private final PayoutDesk desk;

    PayoutsView(StaffQueries queries, StaffCommands commands) {
        super("payouts", "backoffice.menu.udbetalinger", "backoffice.payouts.none", "backoffice.column.holder",
                "backoffice.column.card", "backoffice.column.amount", "backoffice.payouts.column.bank-account",
                "backoffice.column.date", "backoffice.column.actions");
        this.desk = new PayoutDesk(queries, commands);
    }

    @Override
    protected List<PayoutDesk.Row> waiting() {
        return desk.waiting();
    }

    @Override
    protected void addRow(PayoutDesk.Row row, int index) {
        Button approve = new Button(getTranslation("backoffice.payouts.approve"), click -> show(desk.approve(row)));
        approve.setId("payout-approve-" + row.payoutId());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button reject = new Button(getTranslation("backoffice.payouts.reject"), click -> askReason(row));
        reject.setId("payout-reject-" + row.payoutId());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        table.addRow("payout-" + row.payoutId(),
                java.util.Objects.requireNonNullElse(row.holderName(), getTranslation("citizen.forgotten")), row.cardNumber(),
                DanishFormat.money(row.amount()), row.bankAccountMasked(), StaffDates.dateTime(row.requestedAt()),
                new HorizontalLayout(approve, reject));
    }

    private void askReason(PayoutDesk.Row row) {
        Dialog dialog = new Dialog();
        dialog.setId("payout-reject-dialog");
        dialog.setHeaderTitle(getTranslation("backoffice.payouts.reject-title",
                java.util.Objects.requireNonNullElse(row.holderName(), getTranslation("citizen.forgotten"))));
        TextArea reason = new TextArea(getTranslation("backoffice.payouts.reason"));
        reason.setId("payout-reject-reason");
        reason.setRequired(true);
        reason.setMaxLength(PayoutDesk.MAX_REASON);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("backoffice.payouts.reject-confirm"), click -> {
            Outcome outcome = desk.reject(row, reason.getValue());
            if (!outcome.done() && "backoffice.payouts.reason-required".equals(outcome.messageKey())) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(outcome.messageKey()));
                return;
            }
            dialog.close();
            show(outcome);
        });
        confirm.setId("payout-reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("backoffice.cancel"), click -> dialog.close());
        cancel.setId("payout-reject-cancel");
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        reason.focus();
    }
}
