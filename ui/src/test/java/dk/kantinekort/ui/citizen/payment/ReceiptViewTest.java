package dk.kantinekort.ui.citizen.payment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AutoTopUpView;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.DepositView;
import dk.kantinekort.api.payment.FindAutoTopUp;
import dk.kantinekort.api.payment.FindDeposit;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReceiptViewTest extends PaymentUiTest {

    static final String RETURN = "indbetaling/kvittering?indbetaling=deposit-1&konto=" + CHRISTIAN_ACCOUNT;

    private final AtomicReference<DepositView> deposit = new AtomicReference<>();
    private final List<FindDeposit> asked = new ArrayList<>();

    @BeforeEach
    void theDepositAsTheReadSideHasIt() {
        queries.answer(FindDeposit.class, q -> {
            asked.add(q);
            return deposit.get();
        });
        commands.answer(ConfirmPayment.class, c -> null);
    }

    @Test
    void aPaidDepositShowsTheReceiptAndTheReturnIsPassedOnToTheLedger() {
        deposit.set(paid());
        open(RETURN + "&paymentId=pay-574787411");

        assertThat(commands.sent(ConfirmPayment.class)).containsExactly(new ConfirmPayment("pay-574787411"));
        assertThat(text("receipt-title")).isEqualTo("Kvittering");
        assertThat(span("receipt-date")).isEqualTo("01-04-2026 12:01");
        assertThat(span("receipt-order")).isEqualTo("pay-574787411");
        assertThat(span("receipt-amount")).isEqualTo("300,00 kr.");
        assertThat(span("receipt-fee")).isEqualTo("7,75 kr.");
        assertThat(span("receipt-total")).isEqualTo("307,75 kr.");
        assertThat(span("receipt-card")).isEqualTo("Betalingskort, Visa ****1111");
        assertThat(span("receipt-balance")).isEqualTo("65,00 kr.");
        assertThat(paragraph("receipt-email")).isEqualTo("En kvittering er sendt til christian@example.dk");
        assertThat(text("receipt-lines")).contains("Dato", "Ordrenr.", "Beløb", "Gebyr", "Total", "Saldo");
        assertThat(UI.getCurrent().getPollInterval()).as("nothing left to wait for").isLessThan(0);
    }

    @Test
    void anIdenticalTransactionShowsBothLinesOfTheGuidesAdvice() {
        deposit.set(openDeposit(PaymentDeclineReason.IDENTICAL_TRANSACTION));
        open(RETURN + "&annulleret=1&paymentId=pay-1");

        assertThat(paragraph("receipt-decline-reason")).isEqualTo("Identisk transaktion");
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("receipt-decline-advice")), ListItem.class)
                .stream().map(ListItem::getText)).containsExactly(
                "Vent 10 min. med at overføre.",
                "Eller overfør et andet beløb; Hvis du forsøger at indsætte f.eks 300,- prøv da med 299 eller 301.");
        assertThat(_get(Button.class, spec -> spec.withId("receipt-try-again")).getText()).isEqualTo("Prøv igen");
    }

    @Test
    void noFundsOnThePaymentCardIsSaid() {
        deposit.set(openDeposit(PaymentDeclineReason.INSUFFICIENT_FUNDS));
        open(RETURN + "&annulleret=1");

        assertThat(paragraph("receipt-decline-reason")).isEqualTo("Der er ikke dækning på betalingskortet.");
    }

    @Test
    void aCancelledPaymentSaysNoMoneyWasTaken() {
        deposit.set(openDeposit(null));
        open(RETURN + "&annulleret=1");

        assertThat(paragraph("receipt-cancelled")).isEqualTo("Betalingen blev annulleret. Der er ikke trukket penge.");
        assertThat(commands.sent()).as("no paymentId: nothing to confirm").isEmpty();
    }

    @Test
    void theAccountOfSomeoneElseIsNeverLookedUp() {
        deposit.set(paid());
        open("indbetaling/kvittering?indbetaling=deposit-1&konto=" + ANNA_CARD.accountId() + "&paymentId=pay-1");

        assertThat(paragraph("receipt-not-available")).startsWith("Indbetalingen kan ikke vises");
        assertThat(asked).isEmpty();
        assertThat(commands.sent()).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("receipt-order"))).isEmpty();
    }

    @Test
    void anOpenDepositIsFollowedUntilItIsPaid() {
        deposit.set(openDeposit(null));
        open(RETURN + "&paymentId=pay-574787411");
        assertThat(paragraph("receipt-waiting")).isEqualTo("Vi venter på svar fra betalingsudbyderen …");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1_000);

        deposit.set(paid());
        clock.advance(Duration.ofSeconds(2));
        poll();

        assertThat(span("receipt-order")).isEqualTo("pay-574787411");
        assertThat(UI.getCurrent().getPollInterval()).isLessThan(0);
    }

    @Test
    void afterAMinuteThePageStopsAskingAndTellsWhatToDoIfTheMoneyDoesNotArrive() {
        deposit.set(openDeposit(null));
        open(RETURN + "&paymentId=pay-1");

        clock.advance(Duration.ofSeconds(61));
        poll();

        assertThat(paragraph("receipt-processing")).isEqualTo("Betalingen er under behandling. Saldoen opdateres, "
                + "når betalingsudbyderen har bekræftet betalingen.");
        assertThat(text("receipt-not-credited")).contains(
                "Kontroller at betalingen er gået igennem og beløbet er hævet i din bank.", "7199 5445",
                "cpossupport@mss.dk");
        assertThat(UI.getCurrent().getPollInterval()).isLessThan(0);
    }

    @Test
    void aReloadAsksTheLedgerAgainAndStillShowsOneReceipt() {
        deposit.set(paid());
        open(RETURN + "&paymentId=pay-574787411");
        open(RETURN + "&paymentId=pay-574787411");

        assertThat(commands.sent(ConfirmPayment.class)).hasSize(2);
        assertThat(_find(Span.class, spec -> spec.withId("receipt-order"))).hasSize(1);
    }

    @Test
    void backFromSavingTheCardTheAgreementIsAwaitedUntilActive() {
        AtomicReference<AutoTopUpView> agreement = new AtomicReference<>(new AutoTopUpView(CHRISTIAN_ACCOUNT,
                "agreement-1", AutoTopUpView.State.WAITING_FOR_CARD, Money.ofKroner(200), Money.ZERO,
                Money.ofKroner(50), null, null, null, null, null, null));
        queries.answer(FindAutoTopUp.class, q -> agreement.get());
        open("indbetaling/optankning?aftale=agreement-1&konto=" + CHRISTIAN_ACCOUNT + "&paymentId=pay-9");
        assertThat(commands.sent(ConfirmPayment.class)).containsExactly(new ConfirmPayment("pay-9"));
        assertThat(paragraph("auto-return-waiting")).isEqualTo("Vi venter på svar fra betalingsudbyderen …");

        agreement.set(new AutoTopUpView(CHRISTIAN_ACCOUNT, "agreement-1", AutoTopUpView.State.ACTIVE,
                Money.ofKroner(200), Money.ZERO, Money.ofKroner(50), "Visa", "****1111", "12/28", null, null, null));
        poll();

        assertThat(paragraph("auto-return-active")).isEqualTo("Automatisk optankning er oprettet");
        assertThat(UI.getCurrent().getPollInterval()).isLessThan(0);
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    private static String span(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static DepositView paid() {
        return new DepositView("deposit-1", CHRISTIAN_ACCOUNT, DepositView.State.PAID, Money.ofKroner(300),
                Money.ofOre(775), DepositMethod.PAYMENT_CARD, "pay-574787411", "Visa", "****1111", null,
                Instant.parse("2026-04-01T10:00:00Z"), Instant.parse("2026-04-01T10:01:00Z"));
    }

    private static DepositView openDeposit(PaymentDeclineReason decline) {
        return new DepositView("deposit-1", CHRISTIAN_ACCOUNT, DepositView.State.OPEN, Money.ofKroner(300),
                Money.ofOre(775), DepositMethod.PAYMENT_CARD, decline == null ? null : "pay-1", null, null, decline,
                Instant.parse("2026-04-01T10:00:00Z"), null);
    }
}
