package dk.kantinekort.ui.citizen.payment;

import dk.kantinekort.api.payment.FindCheckoutProgress;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.payment.CheckoutProgress;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AutoTopUpView;
import dk.kantinekort.api.payment.CancelAutoTopUp;
import dk.kantinekort.api.payment.FindAutoTopUp;
import dk.kantinekort.api.payment.ConfirmPayoutAccount;
import dk.kantinekort.api.payment.FindPayout;
import dk.kantinekort.ui.testing.TestData;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.PayoutView;
import dk.kantinekort.api.payment.RequestPayout;
import dk.kantinekort.api.payment.StartAutoTopUpSignup;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutoTopUpAndPayoutTest extends PaymentUiTest {

    static final String CARD_PAGE = "http://localhost:8082/checkout/save-card";

    @BeforeEach
    void nothingYet() {
        queries.answer(FindAutoTopUp.class, q -> null);
        queries.answer(FindPayout.class, q -> null);
    }

    // --- Automatisk optankning ---

    @Test
    void withoutAnAgreementTheFormTellsTheThresholdAndTheFee() {
        open("indbetaling?fane=optankning");

        assertThat(paragraph("auto-threshold")).isEqualTo("Når kortet bruges ved et kasseapparat og saldoen derefter "
                + "er under 50,00 kr., overføres beløbet automatisk fra dit betalingskort.");
        assertThat(paragraph("auto-fee-rule")).isEqualTo("Gebyr pr. optankning: 1,00 kr. + 2,25 %");
        assertThat(_get(TextField.class, spec -> spec.withId("auto-email")).getValue()).isEqualTo("christian@example.dk");
    }

    @Test
    void nextSignsUpAndOpensTheProvidersPageToSaveTheCard() {
        commands.answer(StartAutoTopUpSignup.class, c -> null);
        queries.answer(FindCheckoutProgress.class, q -> new CheckoutProgress(q.checkoutId(), CheckoutStage.HOSTED_PAGE,
                CARD_PAGE, null, null, null));
        open("indbetaling?fane=optankning");
        _setValue(_get(IntegerField.class, spec -> spec.withId("auto-amount")), 200);
        _setValue(_get(Checkbox.class, spec -> spec.withId("auto-accept")), true);

        _click(_get(Button.class, spec -> spec.withId("auto-next")));

        StartAutoTopUpSignup signup = commands.sent(StartAutoTopUpSignup.class).get(0);
        assertThat(signup.accountId()).isEqualTo(CHRISTIAN_ACCOUNT);
        assertThat(signup.amount()).isEqualTo(Money.ofKroner(200));
        assertThat(signup.receiptEmail()).isEqualTo("christian@example.dk");
        assertThat(signup.links().returnUrl()).isEqualTo("https://portal.example/indbetaling/optankning?aftale="
                + signup.agreementId() + "&konto=" + CHRISTIAN_ACCOUNT);
        assertThat(browserLocations()).containsExactly(CARD_PAGE);
    }

    @Test
    void theSignupNeedsTheTermsAndABoundedAmount() {
        open("indbetaling?fane=optankning");
        IntegerField amount = _get(IntegerField.class, spec -> spec.withId("auto-amount"));
        _setValue(amount, 6_000);

        _click(_get(Button.class, spec -> spec.withId("auto-next")));

        assertThat(amount.getErrorMessage()).isEqualTo("Beløbet kan højst være 5.000,00 kr.");
        assertThat(_get(Checkbox.class, spec -> spec.withId("auto-accept")).isInvalid()).isTrue();
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void whileTheCardIsAwaitedThatIsSaidAndItCanBeCancelled() {
        queries.answer(FindAutoTopUp.class, q -> agreement(AutoTopUpView.State.WAITING_FOR_CARD, null, null));
        open("indbetaling?fane=optankning");

        assertThat(paragraph("auto-waiting")).isEqualTo("Afventer betalingskort");
        assertThat(_get(Button.class, spec -> spec.withId("auto-cancel")).getText())
                .isEqualTo("Annuller automatisk optankning");
    }

    @Test
    void anActiveAgreementShowsTheCardAndIsCancelledAfterConfirming() {
        queries.answer(FindAutoTopUp.class, q -> agreement(AutoTopUpView.State.ACTIVE, true, null));
        commands.answer(CancelAutoTopUp.class, c -> null);
        open("indbetaling?fane=optankning");

        assertThat(paragraph("auto-active")).isEqualTo("Automatisk optankning er aktiv");
        assertThat(paragraph("auto-active-amount"))
                .isEqualTo("Der tankes 200,00 kr. op, når saldoen efter et køb ved et kasseapparat er under 50,00 kr.");
        assertThat(paragraph("auto-active-card")).isEqualTo("Betalingskort: Visa ****1111, udløber 12/28");
        assertThat(text("auto-latest")).contains("Seneste optankning: 01-04-2026 12:00 – gennemført.");
        Button cancel = _get(Button.class, spec -> spec.withId("auto-cancel"));
        assertThat(cancel.getThemeName()).contains("error");

        _click(cancel);
        assertThat(commands.sent()).as("nothing before confirming").isEmpty();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("auto-cancel-confirm")));

        assertThat(commands.sent(CancelAutoTopUp.class)).containsExactly(new CancelAutoTopUp(CHRISTIAN_ACCOUNT));
        assertThat(paragraph("auto-done")).isEqualTo("Automatisk optankning er annulleret.");
        assertThat(_find(IntegerField.class, spec -> spec.withId("auto-amount"))).as("a new one can be made").hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CARD_EXPIRED|Betalingskortet er udløbet eller erstattet af et nyt.|du annullere tilmeldingen og lave en ny",
        "INSUFFICIENT_FUNDS|Der er ikke dækning på betalingskortet.|Automatisk optankning sker kun ved køb på kasseapparatet.",
        "CARD_BLOCKED|Betalingskortet er spærret.|lav en ny med et betalingskort, der ikke er spærret",
        "CANTEEN_CARD_BLOCKED|Kantinekortet er spærret.|Aktiver kortet under fanen \"Brugeroplysninger\""})
    void aFailedTopUpShowsTheGuidesAdviceForItsCause(PaymentDeclineReason reason, String said, String advice) {
        queries.answer(FindAutoTopUp.class, q -> agreement(AutoTopUpView.State.ACTIVE, false, reason));
        open("indbetaling?fane=optankning");

        assertThat(text("auto-latest")).contains("Seneste optankning: 01-04-2026 12:00 – mislykkedes.");
        assertThat(paragraph("auto-failure-reason")).isEqualTo(said);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).anyMatch(line -> line.contains(advice));
    }

    private static AutoTopUpView agreement(AutoTopUpView.State state, Boolean succeeded, PaymentDeclineReason failure) {
        return new AutoTopUpView(CHRISTIAN_ACCOUNT, "agreement-1", state, Money.ofKroner(200), Money.ofOre(550),
                Money.ofKroner(50), "Visa", "****1111", "12/28",
                succeeded == null ? null : Instant.parse("2026-04-01T10:00:00Z"), succeeded, failure);
    }

    // --- Udbetaling ---

    @Test
    void byDefaultAPayoutGoesToTheNemKontoWithoutAnyBankAccountToType() {
        commands.answer(RequestPayout.class, c -> null);
        open("indbetaling?fane=udbetaling");

        assertThat(_find(TextField.class, spec -> spec.withId("payout-reg"))).isEmpty();
        assertThat(paragraph("payout-intro")).contains("NemKonto");
        _click(_get(Button.class, spec -> spec.withId("payout-request")));

        RequestPayout request = commands.sent(RequestPayout.class).get(0);
        assertThat(request.registrationNumber()).isNull();
        assertThat(request.bankAccountNumber()).isNull();
        assertThat(paragraph("payout-latest")).startsWith("Afventer behandling");
    }

    @Test
    void theOwnerConfirmsABankAccountALinkedPersonTyped() {
        payoutSettings.typedBankAccount = true;
        queries.answer(FindPayout.class, q -> new PayoutView("payout-1", CHRISTIAN_ACCOUNT,
                PayoutView.State.AWAITING_OWNER, Money.ofKroner(65), null, "1234 ******5678", null,
                Instant.parse("2026-04-01T08:00:00Z"), null));
        commands.answer(ConfirmPayoutAccount.class, c -> null);
        open("indbetaling?fane=udbetaling");

        assertThat(paragraph("payout-latest"))
                .isEqualTo("Afventer kortholderens bekræftelse af bankkontoen 1234 ******5678 (anmodet 01-04-2026)");
        _click(_get(Button.class, spec -> spec.withId("payout-confirm")));

        assertThat(commands.sent(ConfirmPayoutAccount.class))
                .containsExactly(new ConfirmPayoutAccount(CHRISTIAN_ACCOUNT, "payout-1"));
        assertThat(paragraph("payout-latest")).startsWith("Afventer behandling");
    }

    @Test
    void aLinkedPersonCannotConfirmTheBankAccountTheyTyped() {
        payoutSettings.typedBankAccount = true;
        String relationAccount = TestData.RELATION_CARD.accountId();
        queries.answer(FindPayout.class, q -> new PayoutView("payout-1", relationAccount,
                PayoutView.State.AWAITING_OWNER, Money.ofKroner(10), null, "1234 ******5678", null,
                Instant.parse("2026-04-01T08:00:00Z"), null));
        open("indbetaling?konto=" + relationAccount + "&fane=udbetaling");

        assertThat(paragraph("payout-latest")).startsWith("Afventer kortholderens bekræftelse");
        assertThat(_find(Button.class, spec -> spec.withId("payout-confirm"))).isEmpty();
    }

    @Test
    void theRegistrationNumberMustBeFourDigitsAndTheAccountNumberIsRequired() {
        payoutSettings.typedBankAccount = true;
        open("indbetaling?fane=udbetaling");
        _setValue(reg(), "123");

        _click(_get(Button.class, spec -> spec.withId("payout-request")));

        assertThat(reg().getErrorMessage()).isEqualTo("Reg.nr. er 4 cifre.");
        assertThat(konto().getErrorMessage()).isEqualTo("Indtast kontonr.");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aValidBankAccountRequestsThePayoutAndShowsItWaiting() {
        payoutSettings.typedBankAccount = true;
        commands.answer(RequestPayout.class, c -> null);
        open("indbetaling?fane=udbetaling");
        _setValue(reg(), "1234");
        _setValue(konto(), "0012345678");

        _click(_get(Button.class, spec -> spec.withId("payout-request")));

        RequestPayout request = commands.sent(RequestPayout.class).get(0);
        assertThat(request.accountId()).isEqualTo(CHRISTIAN_ACCOUNT);
        assertThat(request.registrationNumber()).isEqualTo("1234");
        assertThat(request.bankAccountNumber()).isEqualTo("0012345678");
        assertThat(paragraph("payout-latest")).startsWith("Afventer behandling");
    }

    @Test
    void nothingToPayOutIsSaidPlainly() {
        payoutSettings.typedBankAccount = true;
        commands.answer(RequestPayout.class, c -> {
            throw new RejectedException(RejectionCode.NOTHING_TO_PAY_OUT, "zero");
        });
        open("indbetaling?fane=udbetaling");
        _setValue(reg(), "1234");
        _setValue(konto(), "12345678");

        _click(_get(Button.class, spec -> spec.withId("payout-request")));

        assertThat(paragraph("payout-message")).isEqualTo("Der er ingen saldo at udbetale.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "REQUESTED|Afventer behandling (anmodet 01-04-2026)",
        "PAID|Udbetalt 65,00 kr. den 02-04-2026",
        "REJECTED|Afvist: Kontonummeret findes ikke"})
    void theLatestRequestIsShownWithWhatBecameOfIt(PayoutView.State state, String shown) {
        queries.answer(FindPayout.class, q -> new PayoutView("payout-1", CHRISTIAN_ACCOUNT, state, Money.ofKroner(65),
                state == PayoutView.State.PAID ? Money.ofKroner(65) : null, "****5678",
                state == PayoutView.State.REJECTED ? "Kontonummeret findes ikke" : null,
                Instant.parse("2026-04-01T08:00:00Z"),
                state == PayoutView.State.REQUESTED ? null : Instant.parse("2026-04-02T08:00:00Z")));
        open("indbetaling?fane=udbetaling");

        assertThat(paragraph("payout-latest")).isEqualTo(shown);
        assertThat(_find(Button.class, spec -> spec.withId("payout-request")))
                .hasSize(state == PayoutView.State.REQUESTED ? 0 : 1);
    }

    private static TextField reg() {
        return _get(TextField.class, spec -> spec.withId("payout-reg"));
    }

    private static TextField konto() {
        return _get(TextField.class, spec -> spec.withId("payout-account"));
    }

}
