package dk.kantinekort.ui.citizen.payment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AutoTopUpView;
import dk.kantinekort.api.payment.CancelAutoTopUp;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.StartAutoTopUpSignup;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Automatisk optankning" tab (F7): without an agreement a form (amount, receipt e-mail, fee, threshold,
 * terms, "Næste" to save a card on the provider's page); while the card is awaited, that; with an agreement its
 * amount, card, latest attempt (a failure with the guide's advice for its cause) and the red
 * "Annuller automatisk optankning".
 */
class AutoTopUpPanel extends PaymentPanel {

    private static final Logger log = LoggerFactory.getLogger(AutoTopUpPanel.class);

    private final PaymentContext context;
    private AccountSummary account;
    private final Paragraph message = messageParagraph("auto-message");
    private final Paragraph done = new Paragraph();

    AutoTopUpPanel(PaymentContext context) {
        this.context = context;
        setId("auto-panel");
        done.setId("auto-done");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
    }

    void show(AccountSummary account) {
        this.account = account;
        done.setVisible(false);
        showMessage(message, null);
        render();
    }

    private void render() {
        removeAll();
        Optional<AutoTopUpView> current;
        try {
            current = context.queries().autoTopUp(account.accountId());
        } catch (IllegalStateException e) {
            log.warn("Automatic top-up unavailable: {}", e.toString());
            add(notice("auto-unavailable", getTranslation("payment.unavailable")));
            return;
        }
        add(done);
        AutoTopUpView.State state = current.map(AutoTopUpView::state).orElse(AutoTopUpView.State.CANCELLED);
        switch (state) {
            case ACTIVE -> active(current.get());
            case WAITING_FOR_CARD -> waiting();
            case CANCELLED -> form();
        }
    }

    private void form() {
        Paragraph intro = new Paragraph(getTranslation("payment.auto.intro",
                DanishFormat.money(context.terms().autoTopUpThreshold())));
        intro.setId("auto-intro");
        IntegerField amount = amountField("auto-amount", "payment.auto.amount", context.terms());
        ReceiptEmailField email = emailField("auto-email", context.email());
        FeeRule rule = context.terms().feeRuleFor(DepositMethod.AUTO_TOP_UP);
        String ruleText = FeeTexts.rule(rule);
        Paragraph fee = new Paragraph(getTranslation("payment.auto.fee-rule",
                ruleText.isEmpty() ? getTranslation("payment.fee.none") : ruleText));
        fee.setId("auto-fee-rule");
        Paragraph feeNow = new Paragraph();
        feeNow.setId("auto-fee");
        feeNow.getElement().setAttribute("aria-live", "polite");
        amount.addValueChangeListener(change -> {
            feeNow.setText(currentAmount(amount, context.terms()).map(a -> getTranslation("payment.auto.fee-each",
                    DanishFormat.money(rule.feeFor(a)), DanishFormat.money(a.plus(rule.feeFor(a))))).orElse(""));
            if (amount.isInvalid()) {
                checkAmount(amount, context.terms());
            }
        });
        Paragraph threshold = new Paragraph(getTranslation("payment.auto.threshold",
                DanishFormat.money(context.terms().autoTopUpThreshold())));
        threshold.setId("auto-threshold");
        Paragraph noCharge = note(getTranslation("payment.auto.no-charge-now"));
        Paragraph terms = new Paragraph(TermsDialog.link("auto-terms-link", context.municipality()));
        Checkbox accept = termsCheckbox("auto-accept");
        Button next = new Button(getTranslation("payment.next"));
        next.setId("auto-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> {
            showMessage(message, null);
            Optional<Money> money = checkAmount(amount, context.terms());
            Optional<String> mail = email.check();
            boolean accepted = checkTerms(accept);
            if (money.isPresent() && mail.isPresent() && accepted) {
                signUp(money.get(), mail.get());
            }
        });
        add(new H3(getTranslation("payment.auto.title")), intro, amount, email, fee, feeNow, threshold, noCharge,
                terms, accept, message, next);
    }

    private void signUp(Money amount, String email) {
        try {
            String agreementId = UUID.randomUUID().toString();
            context.commands().send(new StartAutoTopUpSignup(account.accountId(), agreementId, amount, email,
                    context.links().get().autoTopUp(account.accountId(), agreementId)));
            context.browser().go(context.queries().hostedPage(account.accountId(), agreementId));
        } catch (RejectedException refusal) {
            showMessage(message, getTranslation(PaymentRefusals.messageKey(refusal)));
        } catch (IllegalStateException unavailable) {
            log.warn("Automatic top-up could not be started: {}", unavailable.toString());
            showMessage(message, getTranslation("payment.unavailable"));
        }
    }

    private void waiting() {
        Paragraph waiting = new Paragraph(getTranslation("payment.auto.waiting"));
        waiting.setId("auto-waiting");
        waiting.getStyle().set("font-weight", "600");
        add(new H3(getTranslation("payment.auto.title")), waiting,
                note(getTranslation("payment.auto.waiting.explained")), message, cancelButton());
    }

    private void active(AutoTopUpView agreement) {
        Paragraph status = new Paragraph(getTranslation("payment.auto.active"));
        status.setId("auto-active");
        status.getStyle().set("font-weight", "600");
        Paragraph amount = new Paragraph(getTranslation("payment.auto.active.amount",
                DanishFormat.money(agreement.amount()), DanishFormat.money(agreement.threshold())));
        amount.setId("auto-active-amount");
        Paragraph card = new Paragraph(getTranslation("payment.auto.active.card", cardText(agreement)));
        card.setId("auto-active-card");
        add(new H3(getTranslation("payment.auto.title")), status, amount, card);
        if (agreement.fee() != null && agreement.fee().isPositive()) {
            Paragraph fee = new Paragraph(getTranslation("payment.auto.active.fee", DanishFormat.money(agreement.fee())));
            fee.setId("auto-active-fee");
            add(fee);
        }
        add(latestAttempt(agreement), message, cancelButton());
    }

    private String cardText(AutoTopUpView agreement) {
        StringBuilder text = new StringBuilder(PaymentsView.cardText(agreement.cardBrand(), agreement.maskedPan()));
        if (agreement.cardExpiry() != null && !agreement.cardExpiry().isBlank()) {
            text.append(", ").append(getTranslation("payment.card.expiry", agreement.cardExpiry()));
        }
        return text.toString();
    }

    private Div latestAttempt(AutoTopUpView agreement) {
        Div latest = new Div();
        latest.setId("auto-latest");
        if (agreement.lastAttemptAt() == null || agreement.lastAttemptSucceeded() == null) {
            latest.add(new Paragraph(getTranslation("payment.auto.latest.none")));
            return latest;
        }
        String when = PaymentDates.dateTime(agreement.lastAttemptAt());
        if (agreement.lastAttemptSucceeded()) {
            latest.add(new Paragraph(getTranslation("payment.auto.latest.succeeded", when)));
            return latest;
        }
        latest.add(new Paragraph(getTranslation("payment.auto.latest.failed", when)));
        if (agreement.lastFailure() != null) {
            latest.add(adviceBox("auto-failure", agreement.lastFailure(),
                    PaymentAdvice.autoTopUpAdviceKeys(agreement.lastFailure()), true));
        }
        return latest;
    }

    /** The guide's red button; asks first, since a new agreement means typing the card again. */
    private Button cancelButton() {
        Button cancel = new Button(getTranslation("payment.auto.cancel"));
        cancel.setId("auto-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        cancel.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("payment.auto.cancel.confirm.header"),
                    getTranslation("payment.auto.cancel.confirm.text"),
                    getTranslation("payment.auto.cancel.confirm.yes"), yes -> cancel());
            confirm.setId("auto-cancel-confirm");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("payment.auto.cancel.confirm.no"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return cancel;
    }

    private void cancel() {
        try {
            context.commands().send(new CancelAutoTopUp(account.accountId()));
        } catch (RejectedException refusal) {
            showMessage(message, getTranslation(PaymentRefusals.messageKey(refusal)));
            return;
        } catch (IllegalStateException unavailable) {
            log.warn("Automatic top-up could not be cancelled: {}", unavailable.toString());
            showMessage(message, getTranslation("payment.unavailable"));
            return;
        }
        removeAll();
        add(done);
        // the ledger has cancelled it; the read side may still say otherwise for a moment
        form();
        done.setText(getTranslation("payment.auto.cancelled"));
        done.setVisible(true);
    }
}
