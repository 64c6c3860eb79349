package dk.kantinekort.ui.citizen.payment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.citizen.layout.AccountChooser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Indbetal" tab (F6) in the guide's two steps: account, receipt e-mail, amount in whole kroner with the
 * fee shown at once, the terms accepted, "Næste"; then Betalingskort or MobilePay with its fee, "Gå til
 * betaling" to the provider's hosted page. The card is typed there, never here.
 */
class DepositPanel extends PaymentPanel {

    /** The methods a citizen chooses between, in the guide's order. */
    static final List<DepositMethod> METHODS = List.of(DepositMethod.PAYMENT_CARD, DepositMethod.MOBILEPAY);
    private static final Logger log = LoggerFactory.getLogger(DepositPanel.class);

    private final PaymentContext context;
    private AccountSummary account;

    private final Div stepOne = new Div();
    private final Div stepTwo = new Div();
    private final Paragraph blocked = messageParagraph("deposit-blocked");
    private final ReceiptEmailField email;
    private final IntegerField amount;
    private final Paragraph fee = new Paragraph();
    private final Paragraph total = new Paragraph();
    private final Checkbox accept;
    private final Button next = new Button();
    private final Paragraph stepOneMessage = messageParagraph("deposit-message");

    private final Paragraph summary = new Paragraph();
    private final RadioButtonGroup<DepositMethod> method = new RadioButtonGroup<>();
    private final Paragraph methodFee = new Paragraph();
    private final Paragraph methodTotal = new Paragraph();
    private final Button pay = new Button();
    private final Paragraph stepTwoMessage = messageParagraph("deposit-pay-message");
    private Money chosenAmount;
    private String chosenEmail;

    DepositPanel(PaymentContext context) {
        this.context = context;
        setId("deposit-panel");
        email = emailField("deposit-email", context.email());
        amount = amountField("deposit-amount", "payment.deposit.amount", context.terms());
        accept = termsCheckbox("deposit-accept");
        buildStepOne();
        buildStepTwo();
        add(blocked, stepOne, stepTwo);
        showStep(1);
    }

    /** Shows the form for this account (the chooser above the tabs changed it). */
    void show(AccountSummary account) {
        this.account = account;
        boolean isBlocked = account.status() == AccountStatus.BLOCKED;
        showMessage(blocked, isBlocked ? getTranslation("payment.rejected.ACCOUNT_BLOCKED") : null);
        next.setEnabled(!isBlocked);
        showMessage(stepOneMessage, null);
        showStep(1);
    }

    private void buildStepOne() {
        Paragraph intro = new Paragraph(getTranslation("payment.deposit.intro"));
        intro.setId("deposit-intro");
        Paragraph cards = new Paragraph(getTranslation("payment.deposit.cards") + " ");
        cards.setId("deposit-cards");
        cards.add(TermsDialog.link("deposit-terms-link", context.municipality()));

        fee.setId("deposit-fee");
        total.setId("deposit-total");
        Div feeBox = new Div(feeRules(), fee, total);
        feeBox.setId("deposit-fee-box");
        feeBox.getElement().setAttribute("aria-live", "polite");
        feeBox.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.MEDIUM);
        amount.addValueChangeListener(change -> {
            showFee();
            if (amount.isInvalid()) {
                checkAmount(amount, context.terms()); // the message goes as soon as the amount is right
            }
        });
        showFee();

        next.setId("deposit-next");
        next.setText(getTranslation("payment.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> next());
        stepOne.add(intro, email, cards, amount, feeBox, accept, stepOneMessage, next);
    }

    /** "Betalingskort: 1,00 kr. + 2,25 %" for each method, before anything is typed. */
    private Div feeRules() {
        Div rules = new Div();
        rules.setId("deposit-fee-rules");
        for (DepositMethod m : METHODS) {
            Span line = new Span(getTranslation("payment.fee.rule", methodName(m), ruleText(context.terms().feeRuleFor(m))));
            line.setId("deposit-fee-rule-" + m.name());
            line.getStyle().set("display", "block");
            rules.add(line);
        }
        return rules;
    }

    /** The fee and total of the amount typed so far, by payment card (the method is chosen in the next step). */
    private void showFee() {
        Optional<Money> typed = currentAmount(amount, context.terms());
        FeeRule rule = context.terms().feeRuleFor(DepositMethod.PAYMENT_CARD);
        fee.setText(typed.map(a -> getTranslation("payment.fee.amount", DanishFormat.money(rule.feeFor(a))))
                .orElse(getTranslation("payment.fee.amount", "–")));
        total.setText(typed.map(a -> getTranslation("payment.fee.total", DanishFormat.money(a.plus(rule.feeFor(a)))))
                .orElse(getTranslation("payment.fee.total", "–")));
    }

    private void next() {
        showMessage(stepOneMessage, null);
        Optional<String> mail = email.check();
        Optional<Money> money = checkAmount(amount, context.terms());
        boolean accepted = checkTerms(accept);
        if (mail.isEmpty()) {
            email.focus();
        } else if (money.isEmpty()) {
            amount.focus();
        } else if (!accepted) {
            accept.focus();
        }
        if (mail.isEmpty() || money.isEmpty() || !accepted || account == null) {
            return;
        }
        chosenEmail = mail.get();
        chosenAmount = money.get();
        summary.setText(getTranslation("payment.deposit.summary", AccountChooser.label(account),
                DanishFormat.money(chosenAmount)));
        method.setItemLabelGenerator(m -> getTranslation("payment.method.option", methodName(m),
                DanishFormat.money(context.terms().feeRuleFor(m).feeFor(chosenAmount))));
        method.setItems(METHODS);
        method.setValue(DepositMethod.PAYMENT_CARD);
        showMessage(stepTwoMessage, null);
        showStep(2);
    }

    private void buildStepTwo() {
        summary.setId("deposit-summary");
        method.setId("deposit-method");
        method.setLabel(getTranslation("payment.method.label"));
        method.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        method.setRequiredIndicatorVisible(true);
        method.addValueChangeListener(change -> showMethodFee());
        methodFee.setId("deposit-method-fee");
        methodTotal.setId("deposit-method-total");
        pay.setId("deposit-pay");
        pay.setText(getTranslation("payment.deposit.pay"));
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.setDisableOnClick(true);
        pay.addClickListener(click -> pay());
        Button back = new Button(getTranslation("payment.back"), click -> showStep(1));
        back.setId("deposit-back");
        HorizontalLayout buttons = new HorizontalLayout(back, pay);
        stepTwo.add(summary, method, methodFee, methodTotal, stepTwoMessage, buttons);
    }

    private void showMethodFee() {
        DepositMethod chosen = method.getValue();
        if (chosen == null || chosenAmount == null) {
            methodFee.setText("");
            methodTotal.setText("");
            return;
        }
        Money f = context.terms().feeRuleFor(chosen).feeFor(chosenAmount);
        methodFee.setText(getTranslation("payment.fee.amount", DanishFormat.money(f)));
        methodTotal.setText(getTranslation("payment.fee.total", DanishFormat.money(chosenAmount.plus(f))));
    }

    /**
     * "Gå til betaling": the account opens the deposit (or refuses at once), the payment-checkout process gets the
     * provider's page, and the browser goes there once the command side knows it.
     */
    private void pay() {
        try {
            DepositMethod chosen = method.getValue();
            if (chosen == null) {
                showMessage(stepTwoMessage, getTranslation("payment.method.required"));
                return;
            }
            String depositId = UUID.randomUUID().toString();
            PaymentPageLinks links = context.links().get().deposit(account.accountId(), depositId);
            context.commands().send(new StartDeposit(account.accountId(), depositId, chosenAmount, chosen,
                    chosenEmail, links));
            String hostedPage = context.queries().hostedPage(account.accountId(), depositId);
            ReceiptEmails.remember(depositId, chosenEmail);
            context.browser().go(hostedPage);
        } catch (RejectedException refusal) {
            showMessage(stepTwoMessage, getTranslation(PaymentRefusals.messageKey(refusal)));
        } catch (IllegalStateException unavailable) {
            log.warn("A deposit could not be started: {}", unavailable.toString());
            showMessage(stepTwoMessage, getTranslation("payment.unavailable"));
        } finally {
            pay.setEnabled(true);
        }
    }

    private void showStep(int step) {
        stepOne.setVisible(step == 1);
        stepTwo.setVisible(step == 2);
    }

    private String methodName(DepositMethod m) {
        return getTranslation("payment.method." + m.name());
    }

    private String ruleText(FeeRule rule) {
        String text = FeeTexts.rule(rule);
        return text.isEmpty() ? getTranslation("payment.fee.none") : text;
    }
}
