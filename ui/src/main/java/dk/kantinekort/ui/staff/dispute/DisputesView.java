package dk.kantinekort.ui.staff.dispute;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffQueuePage;
import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.staff.session.StaffQueries;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/** Indsigelser: the statement rows citizens dispute, with their words; refund (part of) the row, or refuse it. */
@Route(value = Routes.BACKOFFICE_DISPUTES, layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class DisputesView extends StaffQueuePage<DisputeDesk.Row> {

    private final DisputeDesk desk;
    private final SchemeParts parts;

    DisputesView(StaffQueries queries, StaffCommands commands, SchemeParts parts) {
        super("disputes", "backoffice.menu.indsigelser", "backoffice.disputes.none", "backoffice.column.holder",
                "backoffice.column.card", "backoffice.disputes.column.row", "backoffice.disputes.column.text",
                "backoffice.column.date", "backoffice.column.actions");
        this.desk = new DisputeDesk(queries, commands);
        this.parts = parts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!parts.isOn(SchemePart.DISPUTES)) {
            event.forwardTo(Routes.BACKOFFICE); // the municipality does not take disputes in the portal
            return;
        }
        super.beforeEnter(event);
    }

    @Override
    protected List<DisputeDesk.Row> waiting() {
        return desk.waiting();
    }

    @Override
    protected void addRow(DisputeDesk.Row row, int index) {
        String id = "dispute-" + row.dispute().disputeId();
        Button refund = new Button(getTranslation("backoffice.disputes.refund"), click -> askAmount(row));
        refund.setId(id + "-refund");
        refund.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button reject = new Button(getTranslation("backoffice.disputes.reject"), click -> askReason(row));
        reject.setId(id + "-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        String line = getTranslation("statement.type." + row.dispute().rowType().name()) + " "
                + DanishFormat.money(row.dispute().rowAmount()) + ", " + StaffDates.dateTime(row.dispute().rowAt());
        table.addRow(id, Objects.requireNonNullElse(row.holderName(), getTranslation("citizen.forgotten")),
                row.cardNumber(), line, new Span(Objects.requireNonNullElse(row.dispute().text(), "")),
                StaffDates.dateTime(row.dispute().openedAt()), new HorizontalLayout(refund, reject));
    }

    private void askAmount(DisputeDesk.Row row) {
        Dialog dialog = new Dialog();
        dialog.setId("dispute-refund-dialog");
        dialog.setHeaderTitle(getTranslation("backoffice.disputes.refund-title"));
        TextField amount = new TextField(getTranslation("backoffice.disputes.amount"));
        amount.setId("dispute-refund-amount");
        amount.setValue(DisputeDesk.fullAmount(row.dispute()));
        amount.setSuffixComponent(new Span("kr."));
        Button confirm = new Button(getTranslation("backoffice.disputes.refund-confirm"), click -> {
            Outcome outcome = desk.refund(row, amount.getValue());
            if (!outcome.done()) {
                amount.setInvalid(true);
                amount.setErrorMessage(getTranslation(outcome.messageKey()));
                return;
            }
            dialog.close();
            show(outcome);
        });
        confirm.setId("dispute-refund-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("backoffice.cancel"), click -> dialog.close());
        dialog.add(amount);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        amount.focus();
    }

    private void askReason(DisputeDesk.Row row) {
        Dialog dialog = new Dialog();
        dialog.setId("dispute-reject-dialog");
        dialog.setHeaderTitle(getTranslation("backoffice.disputes.reject-title"));
        TextArea reason = new TextArea(getTranslation("backoffice.disputes.reason"));
        reason.setId("dispute-reject-reason");
        reason.setRequired(true);
        reason.setMaxLength(DisputeDesk.MAX_REASON);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("backoffice.disputes.reject-confirm"), click -> {
            Outcome outcome = desk.reject(row, reason.getValue());
            if (!outcome.done() && "backoffice.disputes.reason-required".equals(outcome.messageKey())) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(outcome.messageKey()));
                return;
            }
            dialog.close();
            show(outcome);
        });
        confirm.setId("dispute-reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("backoffice.cancel"), click -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        reason.focus();
    }
}
