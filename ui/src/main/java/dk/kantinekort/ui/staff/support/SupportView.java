package dk.kantinekort.ui.staff.support;

import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import dk.kantinekort.api.spending.SpendingRules;
import dk.kantinekort.ui.spending.SpendingRulesQueries;
import dk.kantinekort.ui.spending.SpendingRulesSummary;
import dk.kantinekort.ui.security.CurrentStaff;
import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.staff.lookup.LookupNotRecordedException;
import dk.kantinekort.ui.staff.lookup.StaffLookups;
import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffPage;
import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.staff.session.StaffQueries;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.citizen.ForgetReason;
import dk.kantinekort.api.payment.DepositView;
import dk.kantinekort.ui.shell.format.DanishFormat;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.shell.format.AccountNames;

/**
 * Support: find a citizen, see their accounts, recent declines, paid deposits and links to other people; block or
 * unblock a card, send a receipt again, credit a documented payment, end a link.
 */
@Route(value = Routes.BACKOFFICE_SUPPORT, layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class SupportView extends StaffPage {

    private final SupportDesk desk;
    private final TextField search = new TextField();
    private final PlainTable results;
    private final Paragraph none = new Paragraph();
    private final Div declines = new Div();
    private final Div deposits = new Div();
    private final SupportLinks links;
    private final SupportPersonalData personalData;
    private final SupportOfflineSales offlineSales;
    private final boolean offlineOn;
    private String lastSearch = "";
    /** Null while Forbrugsregler is switched off. */
    private final SpendingRulesQueries spendingRules;

    SupportView(StaffQueries queries, StaffCommands commands, StaffLookups lookups, CurrentStaff currentStaff,
                ObjectProvider<Clock> clock, ObjectProvider<SpendingRulesQueries> spendingRules,
                ObjectProvider<SchemeParts> parts) {
        super("support", "backoffice.menu.support");
        SchemeParts scheme = parts.getIfAvailable(SchemeParts::allOn);
        this.spendingRules = scheme.isOn(SchemePart.SPENDING_RULES) ? spendingRules.getIfAvailable() : null;
        this.desk = new SupportDesk(queries, commands, lookups, clock.getIfAvailable(Clock::systemUTC));
        this.personalData = new SupportPersonalData(queries, lookups, currentStaff);
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

        results = new PlainTable("support-results", getTranslation("backoffice.column.holder"),
                getTranslation("backoffice.support.column.cpr"), getTranslation("backoffice.support.column.account"),
                getTranslation("backoffice.column.card"), getTranslation("backoffice.support.column.balance"),
                getTranslation("backoffice.support.column.status"), getTranslation("backoffice.column.actions"));
        results.setVisible(false);
        none.setId("support-none");
        none.setText(getTranslation("backoffice.support.none"));
        none.setVisible(false);
        declines.setId("support-declines");
        deposits.setId("support-deposits");
        links = new SupportLinks(queries, commands, this::show);
        offlineSales = new SupportOfflineSales(queries);
        offlineOn = scheme.isOn(SchemePart.OFFLINE_SALES);
        add(form, results, none, personalData, declines, deposits, offlineSales, links);
    }

    void find(String text) {
        lastSearch = text;
        results.clearRows();
        declines.removeAll();
        deposits.removeAll();
        offlineSales.removeAll();
        links.removeAll();
        List<AccountSummary> accounts;
        boolean answered = true;
        try {
            accounts = desk.find(text);
        } catch (IllegalStateException e) {
            showUnavailable();
            accounts = List.of();
            answered = false;
        } catch (LookupNotRecordedException e) {
            say(getTranslation("backoffice.lookup.not-recorded"), false);
            accounts = List.of();
            answered = false;
        }
        personalData.showFor(accounts);
        for (AccountSummary account : accounts) {
            Button showDeclines = new Button(getTranslation("backoffice.support.declines"),
                    click -> showDeclines(account));
            showDeclines.setId("support-declines-" + account.accountId());
            showDeclines.addThemeVariants(ButtonVariant.LUMO_SMALL);
            boolean blocked = account.cardStatus() == AccountStatus.BLOCKED;
            Button block = new Button(getTranslation(blocked ? "backoffice.support.unblock" : "backoffice.support.block"),
                    click -> {
                        if (blocked) {
                            done(desk.unblock(account));
                        } else {
                            askBlockReason(account, false);
                        }
                    });
            boolean accountBlocked = account.status() == AccountStatus.BLOCKED;
            Button blockAccount = new Button(getTranslation(accountBlocked ? "backoffice.support.account-unblock"
                    : "backoffice.support.account-block"), click -> {
                        if (accountBlocked) {
                            done(desk.unblockAccount(account));
                        } else {
                            askBlockReason(account, true);
                        }
                    });
            blockAccount.setId("support-account-block-" + account.accountId());
            blockAccount.addThemeVariants(ButtonVariant.LUMO_SMALL, accountBlocked ? ButtonVariant.LUMO_SUCCESS
                    : ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Button showDeposits = new Button(getTranslation("backoffice.support.deposits"),
                    click -> showDeposits(account));
            showDeposits.setId("support-deposits-" + account.accountId());
            showDeposits.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button credit = new Button(getTranslation("backoffice.support.credit"), click -> askCredit(account));
            credit.setId("support-credit-" + account.accountId());
            credit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button showLinks = new Button(getTranslation("backoffice.support.links"), click -> links.showFor(account));
            showLinks.setId("support-links-" + account.accountId());
            showLinks.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button forget = new Button(getTranslation("backoffice.support.forget"), click -> askForget(account));
            forget.setId("support-forget-" + account.accountId());
            forget.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            block.setId("support-block-" + account.accountId());
            block.addThemeVariants(ButtonVariant.LUMO_SMALL, blocked ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(showDeclines, showDeposits, showLinks, credit, block, blockAccount,
                    forget);
            if (offlineOn) {
                actions.addComponentAtIndex(2, offlineButton(account));
            }
            results.addRow("support-account-" + account.accountId(), holder(account), account.cprMasked(),
                    AccountNames.of(account, this::getTranslation), account.currentCardNumber(), DanishFormat.money(account.balance()),
                    status(account),
                    actions);
        }
        results.setVisible(!results.isEmpty());
        none.setVisible(answered && results.isEmpty() && !text.isBlank());
    }

    /** Offline køb (issue 20): the account's offline sales and its open offline debt. */
    private Button offlineButton(AccountSummary account) {
        Button button = new Button(getTranslation("backoffice.support.offline"), click -> {
            try {
                offlineSales.showFor(account, holder(account));
            } catch (IllegalStateException e) {
                showUnavailable();
            }
        });
        button.setId("support-offline-" + account.accountId());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** The account's block first (nothing works), else the card's and who set it. */
    private String status(AccountSummary account) {
        if (account.status() == AccountStatus.BLOCKED) {
            return getTranslation("backoffice.support.status.ACCOUNT-BLOCKED");
        }
        if (account.cardStatus() == AccountStatus.BLOCKED && account.cardBlockedBy() != null) {
            return getTranslation("backoffice.support.status.BLOCKED-by." + account.cardBlockedBy().name());
        }
        return getTranslation("backoffice.support.status." + account.cardStatus().name());
    }

    /** The holder's name, or "(slettet)" once the person is forgotten. */
    private String holder(AccountSummary account) {
        return account.holderName() == null ? getTranslation("citizen.forgotten") : account.holderName();
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
        H3 heading = new H3(getTranslation("backoffice.support.declines-title", holder(account),
                AccountNames.of(account, this::getTranslation)));
        java.util.Optional<Paragraph> rules = spendingRulesOf(account);
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
            rules.ifPresent(r -> declines.addComponentAtIndex(1, r));
            return;
        }
        PlainTable table = new PlainTable("support-declines-table", getTranslation("backoffice.column.date"),
                getTranslation("backoffice.support.column.place"), getTranslation("backoffice.support.column.reason"));
        int i = 0;
        for (SupportDesk.Decline decline : rows) {
            table.addRow("support-decline-" + i++, StaffDates.dateTime(decline.at()), decline.place(),
                    declineText(decline));
        }
        declines.add(heading, table);
        rules.ifPresent(r -> declines.addComponentAtIndex(1, r));
    }

    /** The reason, and the spending rule a decline broke ("Dagsgrænsen på 20,00 kr. var nået"). */
    private String declineText(SupportDesk.Decline decline) {
        BrokenSpendingRule rule = decline.rule();
        if (rule == null) {
            return getTranslation("statement.decline." + (decline.reason() == null ? "OTHER" : decline.reason().name()));
        }
        if (rule.category() != null) {
            return getTranslation("statement.decline.rule.CATEGORY_BLOCKED",
                    getTranslation("spending.category." + rule.category().name()));
        }
        return rule.unitKind() != null
                ? getTranslation("statement.decline.rule.UNIT_LIMIT_REACHED", DanishFormat.money(rule.limit()),
                        getTranslation("profile.unit." + rule.unitKind().name()))
                : getTranslation("statement.decline.rule.DAILY_LIMIT_REACHED", DanishFormat.money(rule.limit()));
    }

    /** The account's spending rules, shown with its declines (they explain many of them). */
    private java.util.Optional<Paragraph> spendingRulesOf(AccountSummary account) {
        if (spendingRules == null) {
            return java.util.Optional.empty();
        }
        try {
            SpendingRules rules = spendingRules.of(account.accountId()).rules();
            Paragraph p = new Paragraph(getTranslation("backoffice.support.spending-rules",
                    SpendingRulesSummary.of(rules, (key, args) -> getTranslation(key, args))));
            p.setId("support-spending-rules");
            return java.util.Optional.of(p);
        } catch (RuntimeException e) {
            return java.util.Optional.empty(); // the declines are shown without them
        }
    }

    private void showDeposits(AccountSummary account) {
        deposits.removeAll();
        H3 heading = new H3(getTranslation("backoffice.support.deposits-title", holder(account),
                AccountNames.of(account, this::getTranslation)));
        List<DepositView> rows;
        try {
            rows = desk.paidDeposits(account.accountId());
        } catch (IllegalStateException e) {
            showUnavailable();
            return;
        }
        if (rows.isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("backoffice.support.no-deposits"));
            nothing.setId("support-no-deposits");
            deposits.add(heading, nothing);
            return;
        }
        PlainTable table = new PlainTable("support-deposits-table", getTranslation("backoffice.column.date"),
                getTranslation("backoffice.column.amount"), getTranslation("backoffice.support.column.fee"),
                getTranslation("backoffice.support.column.payment"), getTranslation("backoffice.column.actions"));
        for (DepositView deposit : rows) {
            Button resend = new Button(getTranslation("backoffice.support.resend"),
                    click -> show(desk.resendReceipt(account, deposit)));
            resend.setId("support-resend-" + deposit.depositId());
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            table.addRow("support-deposit-" + deposit.depositId(), StaffDates.dateTime(deposit.settledAt()),
                    DanishFormat.money(deposit.amount()), DanishFormat.money(deposit.fee()),
                    deposit.paymentId(), resend);
        }
        deposits.add(heading, table);
    }

    /**
     * The guide's "indbetalt men pengene ikke er gået ind": staff credit what the citizen documents, once. While the
     * account has open deposits, staff first say which of them the payment is (its amount is then credited and the
     * deposit settled, so the provider's later report of it credits nothing more) or that it is another payment.
     */
    private void askCredit(AccountSummary account) {
        List<DepositView> open;
        try {
            open = desk.openDeposits(account.accountId());
        } catch (IllegalStateException e) {
            showUnavailable();
            return;
        }
        String depositId = UUID.randomUUID().toString();
        Dialog dialog = new Dialog();
        dialog.setId("support-credit-dialog");
        dialog.setHeaderTitle(getTranslation("backoffice.support.credit-title", holder(account),
                AccountNames.of(account, this::getTranslation)));
        Paragraph explain = new Paragraph(getTranslation("backoffice.support.credit-text"));
        BigDecimalField amount = new BigDecimalField(getTranslation("backoffice.support.credit-amount"));
        amount.setId("support-credit-amount");
        amount.setRequiredIndicatorVisible(true);
        amount.setSuffixComponent(new Span("kr."));
        RadioButtonGroup<CreditChoice> which = new RadioButtonGroup<>(getTranslation("backoffice.support.credit-which"));
        which.setId("support-credit-which");
        which.setVisible(!open.isEmpty());
        which.setRequiredIndicatorVisible(true);
        List<CreditChoice> choices = new java.util.ArrayList<>(open.stream().map(CreditChoice::new).toList());
        choices.add(new CreditChoice(null));
        which.setItems(choices);
        which.setItemLabelGenerator(choice -> choice.deposit() == null
                ? getTranslation("backoffice.support.credit-which-other")
                : getTranslation("backoffice.support.credit-which-deposit",
                        StaffDates.dateTime(choice.deposit().requestedAt()),
                        DanishFormat.money(choice.deposit().amount()),
                        choice.deposit().paymentId() == null ? "–" : choice.deposit().paymentId()));
        which.addValueChangeListener(change -> {
            DepositView chosen = change.getValue() == null ? null : change.getValue().deposit();
            amount.setReadOnly(chosen != null);
            if (chosen != null) {
                amount.setValue(BigDecimal.valueOf(chosen.amount().ore(), 2));
            }
            which.setInvalid(false);
        });
        TextArea evidence = new TextArea(getTranslation("backoffice.support.credit-evidence"));
        evidence.setId("support-credit-evidence");
        evidence.setHelperText(getTranslation("backoffice.support.credit-evidence-help"));
        evidence.setRequired(true);
        evidence.setMaxLength(SupportDesk.MAX_REASON);
        evidence.setWidthFull();
        Button confirm = new Button(getTranslation("backoffice.support.credit-confirm"), click -> {
            if (!open.isEmpty() && which.getValue() == null) {
                which.setInvalid(true);
                which.setErrorMessage(getTranslation("backoffice.support.credit-which-required"));
                return;
            }
            DepositView settles = which.getValue() == null ? null : which.getValue().deposit();
            Outcome outcome = desk.creditDocumentedPayment(account, depositId, settles, amount.getValue(),
                    evidence.getValue());
            if (outcome.messageKey().equals("backoffice.support.credit-amount-invalid")) {
                amount.setInvalid(true);
                amount.setErrorMessage(getTranslation(outcome.messageKey()));
                return;
            }
            if (outcome.messageKey().equals("backoffice.support.credit-evidence-required")) {
                evidence.setInvalid(true);
                evidence.setErrorMessage(getTranslation(outcome.messageKey()));
                return;
            }
            dialog.close();
            done(outcome);
        });
        confirm.setId("support-credit-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("backoffice.cancel"), click -> dialog.close());
        dialog.add(explain, which, amount, evidence);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        if (open.isEmpty()) {
            amount.focus();
        }
    }

    /** One answer to "which payment is it": an open deposit, or (null) another payment. */
    private record CreditChoice(DepositView deposit) {
    }

    /**
     * "Glem borger": what it does, why (a reason code, required) and a confirmation. Refused while an account of the
     * person holds money (pay it out first).
     */
    private void askForget(AccountSummary account) {
        Dialog dialog = new Dialog();
        dialog.setId("support-forget-dialog");
        dialog.setHeaderTitle(getTranslation("backoffice.support.forget-title", holder(account)));
        Paragraph explain = new Paragraph(getTranslation("backoffice.support.forget-text"));
        RadioButtonGroup<ForgetReason> reason = new RadioButtonGroup<>(getTranslation("backoffice.support.forget-reason"));
        reason.setId("support-forget-reason");
        reason.setItems(ForgetReason.CITIZEN_REQUEST, ForgetReason.NO_LONGER_NEEDED);
        reason.setItemLabelGenerator(r -> getTranslation("backoffice.support.forget-reason." + r.name()));
        reason.setRequiredIndicatorVisible(true);
        Button confirm = new Button(getTranslation("backoffice.support.forget-confirm"), click -> {
            Outcome outcome = desk.forget(account, reason.getValue());
            if (!outcome.done() && "backoffice.support.forget-reason-required".equals(outcome.messageKey())) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(outcome.messageKey()));
                return;
            }
            dialog.close();
            done(outcome);
        });
        confirm.setId("support-forget-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("backoffice.cancel"), click -> dialog.close());
        cancel.setId("support-forget-cancel");
        dialog.add(explain, reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void askBlockReason(AccountSummary account, boolean wholeAccount) {
        Dialog dialog = new Dialog();
        dialog.setId("support-block-dialog");
        dialog.setHeaderTitle(getTranslation(wholeAccount ? "backoffice.support.account-block-title"
                : "backoffice.support.block-title", holder(account)));
        TextArea reason = new TextArea(getTranslation("backoffice.support.reason"));
        reason.setId("support-block-reason");
        reason.setRequired(true);
        reason.setMaxLength(SupportDesk.MAX_REASON);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation(wholeAccount ? "backoffice.support.account-block"
                : "backoffice.support.block"), click -> {
            Outcome outcome = wholeAccount ? desk.blockAccount(account, reason.getValue())
                    : desk.block(account, reason.getValue());
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
