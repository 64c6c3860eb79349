package dk.kantinekort.ui.citizen.payment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ConfirmPayoutAccount;
import dk.kantinekort.api.payment.PayoutView;
import dk.kantinekort.api.payment.RequestPayout;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Udbetaling" tab (F8, our addition where a municipality switches it on): the balance paid to the owner's
 * NemKonto once staff approve, or, where the municipality allows it, to a typed Danish bank account, which the
 * owner confirms here when someone else typed it ("Bekræft udbetaling"); the latest request and what became of it.
 */
class PayoutPanel extends PaymentPanel {

    private static final Logger log = LoggerFactory.getLogger(PayoutPanel.class);

    private final PaymentContext context;
    private final boolean typedBankAccount;
    private final Supplier<Optional<String>> loggedIn;
    private AccountSummary account;
    private final Paragraph latest = new Paragraph();
    private final Paragraph message = messageParagraph("payout-message");
    private final Paragraph done = new Paragraph();
    private final TextField registration = new TextField();
    private final TextField accountNumber = new TextField();
    private final Button request = new Button();
    private final Button confirm = new Button();
    private final FlexLayout form;
    private PayoutView shown;

    /**
     * @param typedBankAccount whether a bank account may be typed (else NemKonto only)
     * @param loggedIn the logged-in citizen, who alone may confirm a typed account on their own account
     */
    PayoutPanel(PaymentContext context, boolean typedBankAccount, Supplier<Optional<String>> loggedIn) {
        this.context = context;
        this.typedBankAccount = typedBankAccount;
        this.loggedIn = loggedIn;
        setId("payout-panel");
        latest.setId("payout-latest");
        latest.getElement().setAttribute("role", "status");
        latest.getStyle().set("font-weight", "600");
        done.setId("payout-done");
        done.getElement().setAttribute("role", "status");

        registration.setId("payout-reg");
        registration.setLabel(getTranslation("payment.payout.reg"));
        registration.setMaxLength(4);
        registration.setWidth("8rem");
        accountNumber.setId("payout-account");
        accountNumber.setLabel(getTranslation("payment.payout.account"));
        accountNumber.setMaxLength(10);
        accountNumber.setWidth("14rem");
        for (TextField field : new TextField[] {registration, accountNumber}) {
            field.setAllowedCharPattern("[0-9]");
            field.getElement().setAttribute("inputmode", "numeric");
            field.setRequiredIndicatorVisible(true);
            field.setManualValidation(true);
        }
        request.setId("payout-request");
        request.setText(getTranslation("payment.payout.request"));
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.addClickListener(click -> request());
        confirm.setId("payout-confirm");
        confirm.setText(getTranslation("payment.payout.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> confirm());
        form = new FlexLayout(registration, accountNumber);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
    }

    void show(AccountSummary account) {
        this.account = account;
        removeAll();
        showMessage(message, null);
        done.setVisible(false);
        registration.clear();
        accountNumber.clear();
        registration.setInvalid(false);
        accountNumber.setInvalid(false);
        Paragraph intro = new Paragraph(getTranslation(typedBankAccount ? "payment.payout.intro.typed"
                : "payment.payout.intro.nemkonto", DanishFormat.money(account.balance())));
        intro.setId("payout-intro");
        add(new H3(getTranslation(typedBankAccount ? "payment.payout.title" : "payment.payout.title.nemkonto")),
                intro, latest, confirm, done);
        if (typedBankAccount) {
            add(form);
        }
        add(message, request);
        try {
            showLatest(context.queries().payout(account.accountId()));
        } catch (IllegalStateException e) {
            log.warn("Payout state unavailable: {}", e.toString());
            showLatest(Optional.empty());
        }
    }

    private void showLatest(Optional<PayoutView> payout) {
        shown = payout.orElse(null);
        latest.setText(payout.map(this::describe).orElse(""));
        latest.setVisible(payout.isPresent());
        boolean waiting = payout.map(p -> p.state() == PayoutView.State.REQUESTED
                || p.state() == PayoutView.State.AWAITING_OWNER).orElse(false);
        form.setVisible(!waiting);
        request.setVisible(!waiting);
        // only the owner, logged in as themselves, confirms a bank account someone else typed
        confirm.setVisible(payout.filter(p -> p.state() == PayoutView.State.AWAITING_OWNER).isPresent()
                && loggedIn.get().filter(account.citizenId()::equals).isPresent());
        confirm.setEnabled(true);
    }

    private void confirm() {
        showMessage(message, null);
        try {
            context.commands().send(new ConfirmPayoutAccount(account.accountId(), shown.payoutId()));
        } catch (RejectedException refusal) {
            showMessage(message, getTranslation(PaymentRefusals.messageKey(refusal)));
            return;
        } catch (IllegalStateException unavailable) {
            log.warn("Payout could not be confirmed: {}", unavailable.toString());
            showMessage(message, getTranslation("payment.unavailable"));
            return;
        }
        confirm.setVisible(false);
        latest.setText(getTranslation("payment.payout.state.REQUESTED", date(shown.requestedAt())));
        done.setText(getTranslation("payment.payout.confirmed"));
        done.addClassName(LumoUtility.TextColor.SUCCESS);
        done.setVisible(true);
    }

    private String describe(PayoutView payout) {
        return switch (payout.state()) {
            case AWAITING_OWNER -> getTranslation("payment.payout.state.AWAITING_OWNER", payout.bankAccountMasked(),
                    date(payout.requestedAt()));
            case REQUESTED -> getTranslation("payment.payout.state.REQUESTED", date(payout.requestedAt()));
            case PAID -> getTranslation("payment.payout.state.PAID",
                    DanishFormat.money(payout.paidOut() == null ? Money.ZERO : payout.paidOut()),
                    date(payout.decidedAt()));
            case REJECTED -> getTranslation("payment.payout.state.REJECTED",
                    payout.rejectionReason() == null ? "" : payout.rejectionReason());
        };
    }

    private static String date(Instant instant) {
        return PaymentDates.date(instant);
    }

    private void request() {
        showMessage(message, null);
        BankAccountInput input = typedBankAccount
                ? BankAccountInput.of(registration.getValue(), accountNumber.getValue()) : BankAccountInput.of("", "");
        Map<String, String> problems = input.isBlank() ? Map.of() : input.problems();
        mark(registration, problems.get(BankAccountInput.REGISTRATION));
        mark(accountNumber, problems.get(BankAccountInput.ACCOUNT));
        if (!problems.isEmpty()) {
            (problems.containsKey(BankAccountInput.REGISTRATION) ? registration : accountNumber).focus();
            return;
        }
        try {
            context.commands().send(input.isBlank()
                    ? RequestPayout.toNemKonto(account.accountId(), UUID.randomUUID().toString())
                    : new RequestPayout(account.accountId(), UUID.randomUUID().toString(),
                    input.registrationNumber(), input.accountNumber()));
        } catch (RejectedException refusal) {
            showMessage(message, getTranslation(PaymentRefusals.messageKey(refusal)));
            return;
        } catch (IllegalStateException unavailable) {
            log.warn("Payout could not be requested: {}", unavailable.toString());
            showMessage(message, getTranslation("payment.unavailable"));
            return;
        }
        boolean waitsForOwner = !input.isBlank() && loggedIn.get().filter(account.citizenId()::equals).isEmpty();
        done.setText(getTranslation(waitsForOwner ? "payment.payout.requested.owner-confirms"
                : "payment.payout.requested"));
        done.addClassName(LumoUtility.TextColor.SUCCESS);
        done.setVisible(true);
        // what the ledger accepted, whether or not the read side has caught up yet
        latest.setText(waitsForOwner
                ? getTranslation("payment.payout.state.AWAITING_OWNER", "", date(Instant.now()))
                : getTranslation("payment.payout.state.REQUESTED", date(Instant.now())));
        latest.setVisible(true);
        form.setVisible(false);
        request.setVisible(false);
    }

    private void mark(TextField field, String problemKey) {
        field.setInvalid(problemKey != null);
        field.setErrorMessage(problemKey == null ? null : getTranslation(problemKey));
    }
}
