package dk.kantinekort.ui.backoffice;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.ui.format.DanishFormat;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** Support: find a citizen, see their accounts and recent declines, block or unblock a card. */
@Route(value = BackofficeLayout.ROOT + "/support", layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class SupportView extends StaffPage {

    private final SupportDesk desk;
    private final TextField search = new TextField();
    private final StaffTable results;
    private final Paragraph none = new Paragraph();
    private final Div declines = new Div();
    private String lastSearch = "";

    SupportView(StaffQueries queries, StaffCommands commands, ObjectProvider<Clock> clock) {
        super("support", "backoffice.menu.support");
        this.desk = new SupportDesk(queries, commands, clock.getIfAvailable(Clock::systemUTC));
        search.setId("support-search");
        search.setLabel(getTranslation("backoffice.support.search"));
        search.setHelperText(getTranslation("backoffice.support.search-help"));
        search.setWidth("24rem");
        search.setClearButtonVisible(true);
        Button find = new Button(getTranslation("backoffice.support.find"), click -> find(search.getValue()));
        find.setId("support-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(search, find);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        results = new StaffTable("support-results", getTranslation("backoffice.column.holder"),
                getTranslation("backoffice.support.column.cpr"), getTranslation("backoffice.support.column.account"),
                getTranslation("backoffice.column.card"), getTranslation("backoffice.support.column.balance"),
                getTranslation("backoffice.support.column.status"), getTranslation("backoffice.column.actions"));
        results.setVisible(false);
        none.setId("support-none");
        none.setText(getTranslation("backoffice.support.none"));
        none.setVisible(false);
        declines.setId("support-declines");
        add(form, results, none, declines);
    }

    void find(String text) {
        lastSearch = text;
        results.clearRows();
        declines.removeAll();
        List<AccountSummary> accounts;
        try {
            accounts = desk.find(text);
        } catch (IllegalStateException e) {
            showUnavailable();
            accounts = List.of();
        }
        for (AccountSummary account : accounts) {
            Button showDeclines = new Button(getTranslation("backoffice.support.declines"),
                    click -> showDeclines(account));
            showDeclines.setId("support-declines-" + account.accountId());
            showDeclines.addThemeVariants(ButtonVariant.LUMO_SMALL);
            boolean blocked = account.status() == AccountStatus.BLOCKED;
            Button block = new Button(getTranslation(blocked ? "backoffice.support.unblock" : "backoffice.support.block"),
                    click -> {
                        if (blocked) {
                            done(desk.unblock(account));
                        } else {
                            askBlockReason(account);
                        }
                    });
            block.setId("support-block-" + account.accountId());
            block.addThemeVariants(ButtonVariant.LUMO_SMALL, blocked ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
            results.addRow("support-account-" + account.accountId(), account.holderName(), account.cprMasked(),
                    account.displayName(), account.currentCardNumber(), DanishFormat.money(account.balance()),
                    getTranslation("backoffice.support.status." + account.status().name()),
                    new HorizontalLayout(showDeclines, block));
        }
        results.setVisible(!results.isEmpty());
        none.setVisible(results.isEmpty() && !text.isBlank());
    }

    private void done(Outcome outcome) {
        show(outcome);
        if (outcome.done()) {
            // the ledger has it; the list follows as soon as the read side has seen the event
            find(lastSearch);
            show(outcome);
        }
    }

    private void showDeclines(AccountSummary account) {
        declines.removeAll();
        H3 heading = new H3(getTranslation("backoffice.support.declines-title", account.holderName(),
                account.displayName()));
        List<SupportDesk.Decline> rows;
        try {
            rows = desk.recentDeclines(account.accountId());
        } catch (IllegalStateException e) {
            showUnavailable();
            return;
        }
        if (rows.isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("backoffice.support.no-declines"));
            nothing.setId("support-no-declines");
            declines.add(heading, nothing);
            return;
        }
        StaffTable table = new StaffTable("support-declines-table", getTranslation("backoffice.column.date"),
                getTranslation("backoffice.support.column.place"), getTranslation("backoffice.support.column.reason"));
        int i = 0;
        for (SupportDesk.Decline decline : rows) {
            table.addRow("support-decline-" + i++, StaffDates.dateTime(decline.at()), decline.place(),
                    getTranslation("statement.decline." + (decline.reason() == null ? "OTHER" : decline.reason().name())));
        }
        declines.add(heading, table);
    }

    private void askBlockReason(AccountSummary account) {
        Dialog dialog = new Dialog();
        dialog.setId("support-block-dialog");
        dialog.setHeaderTitle(getTranslation("backoffice.support.block-title", account.holderName()));
        TextArea reason = new TextArea(getTranslation("backoffice.support.reason"));
        reason.setId("support-block-reason");
        reason.setRequired(true);
        reason.setMaxLength(SupportDesk.MAX_REASON);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("backoffice.support.block"), click -> {
            Outcome outcome = desk.block(account, reason.getValue());
            if (!outcome.done() && "backoffice.support.reason-required".equals(outcome.messageKey())) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(outcome.messageKey()));
                return;
            }
            dialog.close();
            done(outcome);
        });
        confirm.setId("support-block-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("backoffice.cancel"), click -> dialog.close());
        cancel.setId("support-block-cancel");
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        reason.focus();
    }
}
