package dk.kantinekort.app.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kantinekort.command.payment.provider.Checkout;
import dk.kantinekort.command.payment.provider.PaymentChoice;
import dk.kantinekort.command.payment.provider.PaymentProviderRejected;
import dk.kantinekort.command.payment.provider.ProviderPayment;
import dk.kantinekort.command.payment.provider.SavedCardChargeRequest;
import dk.kantinekort.command.payment.provider.SavedCardChargeResult;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production Nets Easy adapter, unchanged, against the simulator: the two speak the same protocol. */
class NetsEasyAdapterAgainstPspSimulatorTest {

    @TempDir
    Path dataDir;
    private SimulatorUnderTest psp;

    @BeforeEach
    void start() {
        psp = new SimulatorUnderTest(dataDir);
    }

    @AfterEach
    void stop() {
        psp.close();
    }

    @Test
    void paymentWithTheSuccessCardIsChargedAmountPlusFeeWithMaskedPanAndExpiry() {
        Checkout checkout = psp.deposit(30000, 300);

        PspSimulatorClient.Result result = psp.citizen.payWithCard(checkout.hostedPageUrl(), "Test Borger",
                PspSimulatorClient.SUCCESS_CARD, "08/39", "123");

        assertThat(result.approved()).isTrue();
        assertThat(result.redirect().toString())
                .isEqualTo("http://127.0.0.1:9/indbetaling/kvittering?paymentId=" + checkout.paymentId());
        ProviderPayment payment = psp.provider.payment(checkout.paymentId());
        assertThat(payment.isCharged()).isTrue();
        assertThat(payment.orderAmountOre()).isEqualTo(30300);
        assertThat(payment.reservedOre()).isEqualTo(30300);
        assertThat(payment.chargedOre()).isEqualTo(30300);
        assertThat(payment.paymentMethod()).isEqualTo("Visa");
        assertThat(payment.maskedPan()).isEqualTo("411111******1111");
        assertThat(payment.cardExpiry()).isEqualTo(YearMonth.of(2039, 8));
        assertThat(payment.savedCardToken()).isNull();
        assertThat(payment.charges()).singleElement().satisfies(c -> assertThat(c.amountOre()).isEqualTo(30300));
    }

    @Test
    void unpaidPaymentIsNotCharged() {
        Checkout checkout = psp.deposit(10000, 0);

        ProviderPayment payment = psp.provider.payment(checkout.paymentId());

        assertThat(payment.isCharged()).isFalse();
        assertThat(payment.orderAmountOre()).isEqualTo(10000);
        assertThat(payment.chargedOre()).isZero();
    }

    @Test
    void hostedPageShowsMerchantStepsAmountFeeAndTotal() {
        Checkout checkout = psp.deposit(30000, 300);

        String page = psp.citizen.page(checkout.hostedPageUrl());

        assertThat(page).contains("GladsaxeKortet", "Gladsaxe Kommune, Rådhus Alle 7, 2860 Søborg",
                "1. Valg af betalingsmetode", "2. Gennemfør betaling", "3. Kvittering", "Dato: ", "Ordrenr.: D-",
                "Beløb: DKK 300,00", "Gebyr: DKK 3,00", "Total: DKK 303,00", "Betalingskort", "Kortholder",
                "Kortnummer", "Udløbsdato (MM/ÅÅ)", "Kontrolcifre", "Gennemfør betaling", ">Annuller</a>",
                "4111 1111 1111 1111");
    }

    @Test
    void mobilePayIsApprovedInTheSimulatedApp() {
        Checkout checkout = psp.checkout(5000, 100, PaymentChoice.MOBILEPAY, false);
        assertThat(psp.citizen.page(checkout.hostedPageUrl())).contains("Godkend i MobilePay")
                .doesNotContain("name=\"cardNumber\"");

        assertThat(psp.citizen.payWithMobilePay(checkout.hostedPageUrl(), "12345678").approved()).isTrue();

        ProviderPayment payment = psp.provider.payment(checkout.paymentId());
        assertThat(payment.chargedOre()).isEqualTo(5100);
        assertThat(payment.paymentMethod()).isEqualTo("MobilePay");
        assertThat(payment.maskedPan()).isNull();
    }

    @Test
    void savedCardIsChargedWithoutTheCitizen() {
        String token = savedCard(PspSimulatorClient.SUCCESS_CARD);

        SavedCardChargeResult result = psp.provider.chargeSavedCard(
                new SavedCardChargeRequest(token, "T-1", 20000, 200, "topup-1"));

        assertThat(result).isInstanceOf(SavedCardChargeResult.Charged.class);
        ProviderPayment payment = psp.provider.payment(((SavedCardChargeResult.Charged) result).paymentId());
        assertThat(payment.chargedOre()).isEqualTo(20200);
        assertThat(payment.reference()).isEqualTo("T-1");
        assertThat(payment.maskedPan()).isEqualTo("411111******1111");
        assertThat(payment.savedCardToken()).isEqualTo(token);
    }

    @Test
    void sameIdempotencyKeyChargesASavedCardOnce() {
        String token = savedCard(PspSimulatorClient.SUCCESS_CARD);
        SavedCardChargeRequest request = new SavedCardChargeRequest(token, "T-2", 20000, 0, "topup-2");

        SavedCardChargeResult first = psp.provider.chargeSavedCard(request);
        SavedCardChargeResult again = psp.provider.chargeSavedCard(request);

        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> psp.provider.chargeSavedCard(
                new SavedCardChargeRequest(token, "T-2", 30000, 0, "topup-2")))
                .isInstanceOfSatisfying(PaymentProviderRejected.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void chargeIsRefundedUpToItsAmount() {
        Checkout checkout = psp.deposit(30000, 300);
        psp.citizen.payWithSuccessCard(checkout.hostedPageUrl());
        String chargeId = psp.provider.payment(checkout.paymentId()).charges().get(0).chargeId();

        String refundId = psp.provider.refundCharge(chargeId, 10000, "refund-1");

        assertThat(refundId).isNotBlank();
        assertThat(psp.provider.refundCharge(chargeId, 10000, "refund-1")).isEqualTo(refundId);
        assertThat(psp.provider.payment(checkout.paymentId()).refundedOre()).isEqualTo(10000);
        assertThatThrownBy(() -> psp.provider.refundCharge(chargeId, 30000, "refund-2"))
                .isInstanceOf(PaymentProviderRejected.class);
    }

    @Test
    void apiWithoutTheSecretKeyIsUnauthorized() {
        Checkout checkout = psp.deposit(1000, 0);
        dk.kantinekort.command.payment.provider.nets.NetsEasyPaymentProvider stranger =
                new dk.kantinekort.command.payment.provider.nets.NetsEasyPaymentProvider(
                        new dk.kantinekort.command.payment.provider.nets.NetsEasySettings(psp.simulator.baseUrl(),
                                "wrong-secret", java.time.Duration.ofSeconds(5)),
                        new com.fasterxml.jackson.databind.ObjectMapper());

        assertThatThrownBy(() -> stranger.payment(checkout.paymentId()))
                .isInstanceOfSatisfying(PaymentProviderRejected.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> new PspSimulatorClient(psp.simulator.baseUrl(), "wrong-secret").sentWebhooks())
                .hasMessageContaining("401");
    }

    @Test
    void aSavedCardStopsAtTheReceiptStepWithFortsaetBackToTheMerchantAsTheGuideSays() {
        Checkout checkout = psp.checkout(0, 0, PaymentChoice.CARD, true);

        PspSimulatorClient.Result result = psp.citizen.payWithCard(checkout.hostedPageUrl(), PspSimulatorClient.SUCCESS_CARD);

        assertThat(result.redirect().getPath()).as("to the hosted page's receipt step, not straight back")
                .isEqualTo(checkout.hostedPageUrl().getPath());
        String receipt = psp.citizen.page(checkout.hostedPageUrl());
        assertThat(receipt).contains("3. Kvittering", "Kortet er gemt.", ">Fortsæt</a>")
                .doesNotContain("Tilbage til");
    }

    private String savedCard(String cardNumber) {
        Checkout checkout = psp.checkout(0, 0, PaymentChoice.CARD, true);
        assertThat(psp.citizen.payWithCard(checkout.hostedPageUrl(), cardNumber).approved()).isTrue();
        String token = psp.provider.payment(checkout.paymentId()).savedCardToken();
        assertThat(token).isNotNull();
        return token;
    }
}
