package dk.kantinekort.ui.payment;

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
import dk.kantinekort.api.payment.PayoutView;
import dk.kantinekort.api.payment.RequestPayout;
import dk.kantinekort.ui.format.DanishFormat;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Udbetaling" tab (F8, our addition where a municipality switches it on): the balance paid to a Danish
 * bank account once staff approve; the latest request and what became of it.
 */
class PayoutPanel extends PaymentPanel {

    private static final Logger log = LoggerFactory.getLogger(PayoutPanel.class);

    private final PaymentContext context;
    private AccountSummary account;
    private final Paragraph latest = new Paragraph();
    private final Paragraph message = messageParagraph("payout-message");
    private final Paragraph done = new Paragraph();
    private final TextField registration = new TextField();
    private final TextField accountNumber = new TextField();
    private final Button request = new Button();
    private final FlexLayout form;

    PayoutPanel(PaymentContext context) {
        this.context = context;
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
        Paragraph intro = new Paragraph(getTranslation("payment.payout.intro", DanishFormat.money(account.balance())));
        intro.setId("payout-intro");
        add(new H3(getTranslation("payment.payout.title")), intro, latest, done, form, message, request);
        try {
            showLatest(context.queries().payout(account.accountId()));
        } catch (IllegalStateException e) {
            log.warn("Payout state unavailable: {}", e.toString());
            showLatest(Optional.empty());
        }
    }

    private void showLatest(Optional<PayoutView> payout) {
        latest.setText(payout.map(this::describe).orElse(""));
        latest.setVisible(payout.isPresent());
        boolean waiting = payout.map(p -> p.state() == PayoutView.State.REQUESTED).orElse(false);
        form.setVisible(!waiting);
        request.setVisible(!waiting);
    }

    private String describe(PayoutView payout) {
        return switch (payout.state()) {
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
        BankAccountInput input = BankAccountInput.of(registration.getValue(), accountNumber.getValue());
        Map<String, String> problems = input.problems();
        mark(registration, problems.get(BankAccountInput.REGISTRATION));
        mark(accountNumber, problems.get(BankAccountInput.ACCOUNT));
        if (!problems.isEmpty()) {
            (problems.containsKey(BankAccountInput.REGISTRATION) ? registration : accountNumber).focus();
            return;
        }
        try {
            context.commands().send(new RequestPayout(account.accountId(), UUID.randomUUID().toString(),
                    input.registrationNumber(), input.accountNumber()));
        } catch (RejectedException refusal) {
            showMessage(message, getTranslation(PaymentRefusals.messageKey(refusal)));
            return;
        } catch (IllegalStateException unavailable) {
            log.warn("Payout could not be requested: {}", unavailable.toString());
            showMessage(message, getTranslation("payment.unavailable"));
            return;
        }
        done.setText(getTranslation("payment.payout.requested"));
        done.addClassName(LumoUtility.TextColor.SUCCESS);
        done.setVisible(true);
        // what the ledger accepted, whether or not the read side has caught up yet
        latest.setText(getTranslation("payment.payout.state.REQUESTED", date(Instant.now())));
        latest.setVisible(true);
        form.setVisible(false);
        request.setVisible(false);
    }

    private void mark(TextField field, String problemKey) {
        field.setInvalid(problemKey != null);
        field.setErrorMessage(problemKey == null ? null : getTranslation(problemKey));
    }
}
