package dk.kantinekort.ui.staff.audit;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.audit.BalanceAt;
import dk.kantinekort.api.audit.StreamHistory;
import dk.kantinekort.ui.staff.lookup.LookupNotRecordedException;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.shell.format.DanishDates;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Kontohistorik: an account's every event in order, its balance as of an instant, and its export. */
class HistorySection extends AuditSection {

    private final AccountHistory history;
    private final HistoryExport export;
    private final Clock clock;
    private final TextField search = new TextField();
    private final Paragraph account = new Paragraph();
    private final PlainTable table;
    private final Div balancePart = new Div();
    private final DateTimePicker at = new DateTimePicker();
    private final Paragraph balance = new Paragraph();
    private final Paragraph verdict = new Paragraph();
    private final Div inconsistencies = new Div();
    private final Div exportLink = new Div();
    private String shownAccountId;

    HistorySection(AccountHistory history, HistoryExport export, Clock clock) {
        super("history", "backoffice.revision.history.title");
        this.history = history;
        this.export = export;
        this.clock = clock;

        search.setId("history-search");
        search.setLabel(getTranslation("backoffice.revision.history.search"));
        search.setHelperText(getTranslation("backoffice.revision.history.search-help"));
        search.setWidth("24rem");
        search.setClearButtonVisible(true);
        Button find = new Button(getTranslation("backoffice.revision.history.find"), click -> find(search.getValue()));
        find.setId("history-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER).listenOn(search);
        HorizontalLayout form = new HorizontalLayout(search, find);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        account.setId("history-account");
        account.setVisible(false);
        table = new PlainTable("history-table", getTranslation("backoffice.revision.column.sequence"),
                getTranslation("backoffice.revision.column.time"), getTranslation("backoffice.revision.column.type"),
                getTranslation("backoffice.revision.column.amount"),
                getTranslation("backoffice.revision.column.balance-after"),
                getTranslation("backoffice.revision.column.actor"), getTranslation("backoffice.revision.column.channel"),
                getTranslation("backoffice.revision.column.correlation"));
        table.setVisible(false);

        at.setId("history-balance-at");
        at.setLabel(getTranslation("backoffice.revision.balance.at"));
        at.setHelperText(getTranslation("backoffice.revision.balance.at-help"));
        at.setDatePickerI18n(DanishDates.i18n(getLocale(), getTranslation("statement.date.today"),
                getTranslation("statement.date.cancel"), getTranslation("statement.date.bad-input")));
        at.setDateAriaLabel(getTranslation("backoffice.revision.balance.date"));
        at.setTimeAriaLabel(getTranslation("backoffice.revision.balance.time"));
        at.setStep(Duration.ofSeconds(1));
        Button showBalance = new Button(getTranslation("backoffice.revision.balance.show"), click -> showBalance());
        showBalance.setId("history-balance-show");
        HorizontalLayout balanceForm = new HorizontalLayout(at, showBalance);
        balanceForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        balance.setId("history-balance");
        verdict.setId("history-verdict");
        balance.setVisible(false);
        verdict.setVisible(false);
        balancePart.add(balanceForm, balance, verdict, inconsistencies);
        balancePart.setVisible(false);
        exportLink.setId("history-export");

        Div scrolls = new Div(table); // eight columns with ids: the table scrolls, not the page (reflow)
        scrolls.addClassName(LumoUtility.Overflow.AUTO);
        add(form, account, scrolls, balancePart, exportLink);
    }

    void find(String text) {
        quiet();
        shownAccountId = null;
        table.clearRows();
        table.setVisible(false);
        account.setVisible(false);
        balancePart.setVisible(false);
        exportLink.removeAll();
        if (text == null || text.isBlank()) {
            say(getTranslation("backoffice.revision.history.required"), false);
            return;
        }
        Optional<AccountHistory.Account> found;
        try {
            found = history.find(text);
        } catch (IllegalStateException e) {
            sayUnavailable();
            return;
        } catch (LookupNotRecordedException e) {
            say(getTranslation("backoffice.lookup.not-recorded"), false);
            return;
        }
        if (found.isEmpty()) {
            say(getTranslation("backoffice.revision.history.not-found"), false);
            return;
        }
        show(found.get());
    }

    private void show(AccountHistory.Account found) {
        shownAccountId = found.accountId();
        account.setText(found.holderName() == null
                ? getTranslation("backoffice.revision.history.account", found.accountId())
                : getTranslation("backoffice.revision.history.account-of", found.accountId(), found.holderName(),
                        AuditFormat.text(found.cardNumber())));
        account.setVisible(true);
        for (AccountHistory.Row row : found.rows()) {
            table.addRow("history-event-" + row.sequenceNumber(), AuditFormat.text(row.sequenceNumber()),
                    AuditFormat.time(row.at()), row.type(), AuditFormat.money(row.amount()),
                    AuditFormat.money(row.balanceAfter()), AuditFormat.text(row.actor()),
                    AuditFormat.text(row.channel()), AuditFormat.text(row.correlationId()));
        }
        table.setVisible(true);
        // now, rounded up to the second the picker shows: the balance includes what just happened
        at.setValue(LocalDateTime.now(clock.withZone(StaffDates.ZONE)).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        balance.setVisible(false);
        verdict.setVisible(false);
        inconsistencies.removeAll();
        balancePart.setVisible(true);
        Anchor download = new Anchor(export.download(new StreamHistory(found.accountId()),
                "kantinekort-konto-" + found.accountId() + ".jsonl"),
                getTranslation("backoffice.revision.export.account"));
        download.setId("history-export-account");
        exportLink.add(download);
    }

    private void showBalance() {
        if (shownAccountId == null) {
            return;
        }
        if (at.getValue() == null) {
            at.setInvalid(true);
            at.setErrorMessage(getTranslation("backoffice.revision.balance.required"));
            return;
        }
        at.setInvalid(false);
        quiet();
        inconsistencies.removeAll();
        Optional<BalanceAt> answer;
        try {
            answer = history.balanceAt(shownAccountId, at.getValue());
        } catch (IllegalStateException e) {
            sayUnavailable();
            return;
        }
        if (answer.isEmpty()) {
            say(getTranslation("backoffice.revision.history.not-found"), false);
            return;
        }
        BalanceAt found = answer.get();
        String when = AuditFormat.time(found.at());
        balance.setText(found.opened()
                ? getTranslation("backoffice.revision.balance.value", when, AuditFormat.money(found.balance()),
                        found.balanceChangesFolded())
                : getTranslation("backoffice.revision.balance.not-opened", when));
        balance.setVisible(true);
        verdict.setText(getTranslation(found.consistent() ? "backoffice.revision.balance.consistent"
                : "backoffice.revision.balance.inconsistent"));
        verdict.setClassName(LumoUtility.TextColor.SUCCESS, found.consistent());
        verdict.setClassName(LumoUtility.TextColor.ERROR, !found.consistent());
        verdict.setVisible(true);
        if (!found.consistent()) {
            inconsistencies.add(inconsistencyTable("history-inconsistencies", found.inconsistencies()));
        }
    }
}
