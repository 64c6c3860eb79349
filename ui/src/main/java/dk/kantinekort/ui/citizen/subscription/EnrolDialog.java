package dk.kantinekort.ui.citizen.subscription;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.citizen.payment.FeeTexts;
import dk.kantinekort.ui.citizen.payment.ReceiptEmailField;
import dk.kantinekort.ui.citizen.payment.TermsDialog;
import dk.kantinekort.ui.citizen.layout.AccountChooser;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tilmeld, steps 5-9 of the guide: the card account when the person has more than one, the terms
 * ("Handelsbetingelser og vilkår"), "Jeg har læst og accepteret betalingsbetingelserne", the receipt e-mail, and
 * "Tilmeld", which sends the browser to the provider's page where the payment card is saved. The card fee in force
 * is shown per period with what each period then costs; the enrolment keeps it for every period.
 */
class EnrolDialog extends Dialog {

    /** What the citizen asked for. */
    record Request(String accountId, String planId, String email) {
    }

    private final ComboBox<AccountSummary> cardAccount = new ComboBox<>();
    private final Checkbox accept = new Checkbox();
    private final ReceiptEmailField email;
    private final Paragraph message = new Paragraph();

    /**
     * {@code enrol} answers why it could not, or nothing when the browser is on its way to the hosted page;
     * {@code cardFee} is the payment-card fee in force, empty when it could not be read.
     */
    EnrolDialog(PlanRow plan, AccountSummary selected, List<AccountSummary> cardAccounts, String receiptEmail,
                MunicipalitySettings municipality, Optional<FeeRule> cardFee,
                Function<Request, Optional<String>> enrol) {
        setId("enrol-dialog");
        setHeaderTitle(getTranslation("subscription.enrol.title", plan.name()));
        setWidth("min(36rem, 95vw)");

        Paragraph summary = new Paragraph(getTranslation("subscription.enrol.summary",
                DanishFormat.money(plan.price()), getTranslation(SubscriptionTexts.periodKey(plan.period()))));
        summary.setId("enrol-summary");
        Paragraph fee = new Paragraph(cardFee.map(rule -> feeText(plan, rule))
                .orElse(getTranslation("subscription.enrol.fee-unavailable")));
        fee.setId("enrol-fee");
        VerticalLayout form = new VerticalLayout(summary, fee);
        form.setPadding(false);

        cardAccount.setId("enrol-card-account");
        cardAccount.setLabel(getTranslation("subscription.enrol.card-account"));
        cardAccount.setItems(cardAccounts);
        cardAccount.setItemLabelGenerator(AccountChooser::label);
        cardAccount.setValue(cardAccounts.stream().filter(a -> a.accountId().equals(selected.accountId()))
                .findFirst().orElse(cardAccounts.get(0)));
        cardAccount.setRequiredIndicatorVisible(true);
        cardAccount.setAllowCustomValue(false);
        cardAccount.setManualValidation(true);
        cardAccount.setWidthFull();
        if (cardAccounts.size() > 1) {
            form.add(cardAccount);
        }

        Button terms = TermsDialog.link("enrol-terms-link", municipality);
        Paragraph termsLine = new Paragraph(getTranslation("subscription.enrol.terms") + " ");
        termsLine.add(terms);

        accept.setId("enrol-accept");
        accept.setLabel(getTranslation("payment.terms.accept"));
        accept.setRequiredIndicatorVisible(true);
        accept.setManualValidation(true);
        accept.addValueChangeListener(change -> {
            if (Boolean.TRUE.equals(change.getValue())) {
                accept.setInvalid(false);
            }
        });

        email = new ReceiptEmailField("enrol-email", receiptEmail);
        email.setWidthFull();

        message.setId("enrol-message");
        message.getElement().setAttribute("role", "alert");
        message.addClassName(LumoUtility.TextColor.ERROR);
        message.setVisible(false);

        Paragraph card = new Paragraph(getTranslation("subscription.enrol.card-note"));
        card.setId("enrol-card-note");
        card.addClassName(LumoUtility.TextColor.SECONDARY);
        form.add(termsLine, accept, email, card, message);
        add(form);

        Button cancel = new Button(getTranslation("subscription.enrol.cancel"), click -> close());
        cancel.setId("enrol-cancel");
        Button submit = new Button(getTranslation("subscription.enrol"));
        submit.setId("enrol-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            message.setVisible(false);
            boolean accepted = checkTerms();
            Optional<String> mail = email.check();
            boolean accountChosen = cardAccount.getValue() != null;
            cardAccount.setInvalid(!accountChosen);
            cardAccount.setErrorMessage(accountChosen ? null : getTranslation("subscription.enrol.card-account-required"));
            if (!accepted || mail.isEmpty() || !accountChosen) {
                return;
            }
            submit.setEnabled(false);
            Optional<String> problem = enrol.apply(new Request(cardAccount.getValue().accountId(), plan.planId(),
                    mail.get()));
            submit.setEnabled(true);
            problem.ifPresent(text -> {
                message.setText(text);
                message.setVisible(true);
            });
        });
        getFooter().add(cancel, submit);
    }

    /** "Gebyr pr. trækning: 1,56 kr. (1,00 kr. + 1,25 %). Der trækkes i alt 46,56 kr. pr. uge." */
    private String feeText(PlanRow plan, FeeRule rule) {
        Money fee = rule.feeFor(plan.price());
        String ruleText = FeeTexts.rule(rule);
        return getTranslation("subscription.enrol.fee", DanishFormat.money(fee),
                ruleText.isEmpty() ? getTranslation("payment.fee.none") : ruleText,
                DanishFormat.money(plan.price().plus(fee)), getTranslation(SubscriptionTexts.periodKey(plan.period())));
    }

    private boolean checkTerms() {
        boolean ok = accept.getValue();
        accept.setInvalid(!ok);
        accept.setErrorMessage(ok ? null : getTranslation("subscription.enrol.terms-required"));
        return ok;
    }
}
