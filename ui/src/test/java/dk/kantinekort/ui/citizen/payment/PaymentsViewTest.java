package dk.kantinekort.ui.citizen.payment;

import dk.kantinekort.api.payment.FindCheckoutProgress;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.payment.CheckoutProgress;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FindAutoTopUp;
import dk.kantinekort.api.payment.FindPayout;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.ui.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentsViewTest extends PaymentUiTest {

    static final String HOSTED_PAGE = "http://localhost:8082/checkout/pay-1";

    @BeforeEach
    void nothingElseYet() {
        queries.answer(FindAutoTopUp.class, q -> null);
        queries.answer(FindPayout.class, q -> null);
        commands.answer(StartDeposit.class, c -> null);
        queries.answer(FindCheckoutProgress.class, q -> new CheckoutProgress(q.checkoutId(), CheckoutStage.HOSTED_PAGE,
                HOSTED_PAGE, null, null, null));
    }

    @Test
    void theChosenAccountIsShownWithItsWholeCardNumberAndBalance() {
        open("indbetaling?konto=" + CHRISTIAN_ACCOUNT);

        ComboBox<AccountSummary> account = accountField();
        assertThat(account.getLabel()).isEqualTo("Konto for indbetaling");
        assertThat(account.getValue()).isEqualTo(TestData.CHRISTIAN_CARD);
        assertThat(account.getItemLabelGenerator().apply(account.getValue()))
                .isEqualTo("Betalingskort 1562265116 – Christian Harms");
        assertThat(paragraph("payment-balance")).isEqualTo("Saldo 65,00 kr.");
        assertThat(paragraph("deposit-intro")).isEqualTo("Her kan du indbetale på betalingskortet. Vælg den konto du "
                + "ønsker at indbetale på, indtast beløb og klik på \"NÆSTE\".");
        assertThat(paragraph("deposit-cards")).startsWith("Du kan bruge følgende kreditkort til indbetaling: Dankort, "
                + "MasterCard & Visa. Alle transaktioner pålægges et gebyr.");
        assertThat(email().getLabel()).isEqualTo("E-mail til kvittering");
        assertThat(email().getValue()).as("prefilled from Brugeroplysninger").isEqualTo("christian@example.dk");
        assertThat(amount().getLabel())
                .isEqualTo("Beløb der ønskes indbetalt (beløbet skal være i hele danske kroner)");
    }

    @Test
    void theAmountsWholeLabelCanBeReadItTakesTheFormsWidthAndWrapsInsteadOfBeingCutOff() {
        open("indbetaling");

        assertThat(amount().getLabel()).endsWith("(beløbet skal være i hele danske kroner)");
        assertThat(amount().getWidth()).isEqualTo("100%");
        assertThat(amount().getClassNames()).as("shell.css lets this label wrap").contains("portal-wrapping-label");
        open("indbetaling?fane=optankning");
        IntegerField auto = _get(IntegerField.class, spec -> spec.withId("auto-amount"));
        assertThat(auto.getWidth()).isEqualTo("100%");
        assertThat(auto.getClassNames()).contains("portal-wrapping-label");
    }

    @Test
    void theFeeAndTotalAreShownBeforePaying() {
        open("indbetaling");

        assertThat(_get(Span.class, spec -> spec.withId("deposit-fee-rule-PAYMENT_CARD")).getText())
                .isEqualTo("Betalingskort: 1,00 kr. + 2,25 %");
        assertThat(_get(Span.class, spec -> spec.withId("deposit-fee-rule-MOBILEPAY")).getText())
                .isEqualTo("MobilePay: 1,00 kr. + 1 %");
        _setValue(amount(), 100);

        assertThat(paragraph("deposit-fee")).isEqualTo("Gebyr: 3,25 kr.");
        assertThat(paragraph("deposit-total")).isEqualTo("I alt: 103,25 kr.");
    }

    @Test
    void anAmountOutsideTheBoundsIsToldNextToTheFieldAndNothingIsSent() {
        open("indbetaling");
        _setValue(_get(Checkbox.class, spec -> spec.withId("deposit-accept")), true);

        _setValue(amount(), 0);
        next();
        assertThat(amount().isInvalid()).isTrue();
        assertThat(amount().getErrorMessage()).isEqualTo("Beløbet skal være mindst 1,00 kr.");

        _setValue(amount(), 5_001);
        next();
        assertThat(amount().getErrorMessage()).isEqualTo("Beløbet kan højst være 5.000,00 kr.");

        _setValue(amount(), null);
        next();
        assertThat(amount().getErrorMessage()).isEqualTo("Indtast beløbet.");
        assertThat(commands.sent()).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("deposit-pay"))).as("still on step 1").isEmpty();
    }

    @Test
    void anAmountThatIsNoWholeNumberOfKronerIsToldNextToTheField() {
        open("indbetaling");
        _setValue(_get(Checkbox.class, spec -> spec.withId("deposit-accept")), true);
        // what the browser reports for "100,50" in a whole-number field: an input, but no value
        amount().getElement().setProperty("_hasInputValue", true);

        next();

        assertThat(amount().isInvalid()).isTrue();
        assertThat(amount().getErrorMessage()).isEqualTo("Beløbet skal være i hele danske kroner, fx 100.");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void theTermsMustBeAcceptedAndTheMessageStandsNextToTheCheckbox() {
        open("indbetaling");
        _setValue(amount(), 100);

        next();

        Checkbox accept = _get(Checkbox.class, spec -> spec.withId("deposit-accept"));
        assertThat(accept.getLabel()).isEqualTo("Jeg har læst og accepteret betalingsbetingelserne");
        assertThat(accept.isInvalid()).isTrue();
        assertThat(accept.getErrorMessage()).isEqualTo("Du skal acceptere betalingsbetingelserne for at fortsætte.");
        assertThat(_find(Button.class, spec -> spec.withId("deposit-pay"))).isEmpty();
    }

    @Test
    void aMissingOrWrongEmailIsToldNextToTheField() {
        open("indbetaling");
        _setValue(amount(), 100);
        _setValue(_get(Checkbox.class, spec -> spec.withId("deposit-accept")), true);

        _setValue(email(), "christian@");
        next();

        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).isEqualTo("Indtast en gyldig e-mail, fx navn@eksempel.dk.");
        assertThat(_find(Button.class, spec -> spec.withId("deposit-pay"))).isEmpty();
    }

    @Test
    void theTermsOpenInADialogClosedWithLuk() {
        open("indbetaling");

        _click(_get(Button.class, spec -> spec.withId("deposit-terms-link")));

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("terms-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Handelsbetingelser og vilkår");
        _get(Paragraph.class, spec -> spec.withText("Alle transaktioner pålægges et gebyr."));
        Button close = _get(Button.class, spec -> spec.withId("terms-dialog-close"));
        assertThat(close.getText()).isEqualTo("Luk");
        _click(close);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void theTermsCloseWithTheCrossInTheirHeaderAsTheGuideSaysNamedLukForScreenReaders() {
        open("indbetaling");

        _click(_get(Button.class, spec -> spec.withId("deposit-terms-link")));

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("terms-dialog"));
        Button cross = _get(Button.class, spec -> spec.withId("terms-dialog-cross"));
        assertThat(cross.getIcon().getElement().getAttribute("icon")).isEqualTo("vaadin:close");
        assertThat(cross.getAriaLabel()).contains("Luk");
        _click(cross);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void goToPaymentStartsTheDepositWithTheChosenAccountMethodAndAmountAndOpensTheHostedPage() {
        open("indbetaling?konto=" + TestData.RELATION_CARD.accountId());
        fillStepOne(300);
        next();

        assertThat(paragraph("deposit-summary")).isEqualTo("Indbetaling på Konto 04579A22352680 – Test Harms Relation: 300,00 kr.");
        RadioButtonGroup<DepositMethod> method = _get(RadioButtonGroup.class, spec -> spec.withId("deposit-method"));
        assertThat(method.getItemLabelGenerator().apply(DepositMethod.PAYMENT_CARD)).isEqualTo("Betalingskort (gebyr 7,75 kr.)");
        _setValue(method, DepositMethod.MOBILEPAY);
        assertThat(paragraph("deposit-method-fee")).isEqualTo("Gebyr: 4,00 kr.");
        assertThat(paragraph("deposit-method-total")).isEqualTo("I alt: 304,00 kr.");
        _click(_get(Button.class, spec -> spec.withId("deposit-pay")));

        StartDeposit start = commands.sent(StartDeposit.class).get(0);
        assertThat(start.accountId()).isEqualTo(TestData.RELATION_CARD.accountId());
        assertThat(start.amount()).isEqualTo(Money.ofKroner(300));
        assertThat(start.method()).isEqualTo(DepositMethod.MOBILEPAY);
        assertThat(start.receiptEmail()).isEqualTo("christian@example.dk");
        assertThat(start.depositId()).isNotBlank();
        String receipt = "https://portal.example/indbetaling/kvittering?indbetaling=" + start.depositId()
                + "&konto=" + TestData.RELATION_CARD.accountId();
        assertThat(start.links().returnUrl()).isEqualTo(receipt);
        assertThat(start.links().cancelUrl()).isEqualTo(receipt + "&annulleret=1");
        assertThat(start.links().termsUrl()).isEqualTo("https://portal.example/betingelser");
        assertThat(browserLocations()).containsExactly(HOSTED_PAGE);
    }

    @Test
    void aBlockedAccountIsRefusedWithTheGuidesAdviceAndNoPageIsOpened() {
        commands.answer(StartDeposit.class, c -> {
            throw new RejectedException(RejectionCode.ACCOUNT_BLOCKED, "blocked");
        });
        open("indbetaling");
        fillStepOne(100);
        next();

        _click(_get(Button.class, spec -> spec.withId("deposit-pay")));

        assertThat(paragraph("deposit-pay-message"))
                .isEqualTo("Kontoen er spærret af kommunen. Kontakt support for at få spærringen ophævet, før du indbetaler.");
        assertThat(browserLocations()).isEmpty();
    }

    @Test
    void aLinkedPersonsAccountFromTheAddressIsWhatVaelgKontoShows() {
        open("indbetaling?konto=" + TestData.RELATION_CARD.accountId());

        assertThat(accountField().getValue()).isEqualTo(TestData.RELATION_CARD);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<AccountSummary> switcher = com.github.mvysny.kaributesting.v10.LocatorJ
                ._get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("account-switcher"));
        assertThat(switcher.getValue()).isEqualTo(TestData.RELATION_CARD);
    }

    @Test
    void aCardAccountWithoutANameOfItsOwnIsOfferedAsKantinekortOrCanteenCard() {
        AccountSummary unnamed = TestData.account(CHRISTIAN_ACCOUNT, TestData.CHRISTIAN, "Christian Harms", "270182-",
                null, 6500, AccountStatus.ACTIVE, "1562265116");
        accessible(unnamed);
        open("indbetaling?konto=" + CHRISTIAN_ACCOUNT);
        assertThat(accountField().getItemLabelGenerator().apply(unnamed))
                .isEqualTo("Kantinekort 1562265116 – Christian Harms");

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        assertThat(accountField().getItemLabelGenerator().apply(unnamed))
                .isEqualTo("Canteen card 1562265116 – Christian Harms");
    }

    @Test
    void anAccountKnownToBeBlockedSaysSoBeforeAnythingIsTyped() {
        accessible(TestData.account(CHRISTIAN_ACCOUNT, TestData.CHRISTIAN, "Christian Harms", "270182-",
                "Betalingskort", 6500, AccountStatus.BLOCKED, "1562265116"));
        open("indbetaling");

        assertThat(paragraph("deposit-blocked"))
                .isEqualTo("Kontoen er spærret af kommunen. Kontakt support for at få spærringen ophævet, før du indbetaler.");
        assertThat(_get(Button.class, spec -> spec.withId("deposit-next")).isEnabled()).isFalse();
    }

    @Test
    void aProviderThatDoesNotAnswerIsToldPlainly() {
        // the account took the deposit; the payment-checkout process found the provider silent
        queries.answer(FindCheckoutProgress.class, q -> new CheckoutProgress(q.checkoutId(), CheckoutStage.REFUSED,
                null, RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE, null, null));
        open("indbetaling");
        fillStepOne(100);
        next();

        _click(_get(Button.class, spec -> spec.withId("deposit-pay")));

        assertThat(paragraph("deposit-pay-message")).isEqualTo("Betalingsudbyderen svarer ikke lige nu. Prøv igen om lidt.");
    }

    @Test
    void anAccountIdOfSomeoneElseIsIgnoredWithANotice() {
        open("indbetaling?konto=" + ANNA_CARD.accountId());

        assertThat(paragraph("payment-konto-ignored"))
                .isEqualTo("Den konto, linket pegede på, kan ikke vises. Vælg en af dine konti.");
        assertThat(accountField().getValue()).isEqualTo(TestData.CHRISTIAN_CARD);
        assertThat(text("payment-balance")).doesNotContain("200,00");
    }

    @Test
    void withPayoutSwitchedOffThereIsNoPayoutTabButALinkToHelp() {
        settings.payoutEnabled = false;
        open("indbetaling");

        assertThat(_find(Tab.class, spec -> spec.withId("tab-payout"))).isEmpty();
        assertThat(paragraph("payment-payout-help")).startsWith("Vil du have restbeløbet udbetalt, skal du kontakte kommunen.");
        assertThat(_get(Tab.class, spec -> spec.withId("tab-deposit")).getLabel()).isEqualTo("Indbetal");
        assertThat(_get(Tab.class, spec -> spec.withId("tab-auto")).getLabel()).isEqualTo("Automatisk optankning");
    }

    private void fillStepOne(int kroner) {
        _setValue(amount(), kroner);
        _setValue(_get(Checkbox.class, spec -> spec.withId("deposit-accept")), true);
    }

    private void next() {
        _click(_get(Button.class, spec -> spec.withId("deposit-next")));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AccountSummary> accountField() {
        return _get(ComboBox.class, spec -> spec.withId("payment-account"));
    }

    private static IntegerField amount() {
        return _get(IntegerField.class, spec -> spec.withId("deposit-amount"));
    }

    private static TextField email() {
        return _get(TextField.class, spec -> spec.withId("deposit-email"));
    }
}
