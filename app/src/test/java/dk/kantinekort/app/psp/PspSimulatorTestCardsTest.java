package dk.kantinekort.app.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.command.payment.provider.Checkout;
import dk.kantinekort.command.payment.provider.PaymentChoice;
import dk.kantinekort.command.payment.provider.SavedCardChargeRequest;
import dk.kantinekort.command.payment.provider.SavedCardChargeResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented test cards decline with their issuer codes; wrong input never reaches the issuer. */
class PspSimulatorTestCardsTest {

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

    @ParameterizedTest
    @CsvSource({
            "4000 0000 0000 9995, 51, Der er ikke dækning på kortet",
            "4000 0000 0000 0069, 54, Kortet er udløbet",
            "4000 0000 0000 0119, 43, Kortet er spærret"})
    void testCardIsDeclinedWithItsIssuerCode(String card, String code, String message) {
        Checkout checkout = psp.deposit(10000, 100);

        PspSimulatorClient.Result result = psp.citizen.payWithCard(checkout.hostedPageUrl(), card);

        assertThat(result.approved()).isFalse();
        assertThat(result.html()).contains("Betalingen blev afvist: " + message, "role=\"alert\"",
                "Gennemfør betaling", ">Annuller</a>");
        assertThat(psp.provider.payment(checkout.paymentId()).chargedOre()).isZero();
        WebhookReceiver.Received failed = await().atMost(Duration.ofSeconds(10))
                .until(() -> psp.merchant.of(checkout.paymentId()), list -> !list.isEmpty()).get(0);
        assertThat(failed.event()).isEqualTo("payment.reservation.failed");
        assertThat(failed.body().path("data").path("error").path("code").asText()).isEqualTo(code);
        assertThat(failed.body().path("data").path("error").path("source").asText()).isEqualTo("Issuer");
    }

    @Test
    void declinedCitizenCanTryAgainWithAnotherCard() {
        Checkout checkout = psp.deposit(10000, 0);
        psp.citizen.payWithCard(checkout.hostedPageUrl(), PspSimulatorClient.INSUFFICIENT_FUNDS_CARD);

        assertThat(psp.citizen.payWithSuccessCard(checkout.hostedPageUrl()).approved()).isTrue();

        assertThat(psp.provider.payment(checkout.paymentId()).chargedOre()).isEqualTo(10000);
    }

    @Test
    void anyOtherLuhnValidCardIsApproved() {
        Checkout checkout = psp.deposit(10000, 0);

        assertThat(psp.citizen.payWithCard(checkout.hostedPageUrl(), "5555 5555 5555 4444").approved()).isTrue();

        assertThat(psp.provider.payment(checkout.paymentId()).paymentMethod()).isEqualTo("MasterCard");
    }

    @Test
    void wrongCardNumberExpiryAndCheckDigitsAreShownAtTheirFieldsWithoutAWebhook() {
        Checkout checkout = psp.deposit(10000, 0);

        PspSimulatorClient.Result result = psp.citizen.payWithCard(checkout.hostedPageUrl(), "Test Borger",
                "4111 1111 1111 1112", "01/20", "12");

        assertThat(result.approved()).isFalse();
        assertThat(result.html()).contains("id=\"cardNumber-error\"", "Kortnummeret er ikke gyldigt",
                "id=\"expiry-error\"", "Kortet er udløbet", "id=\"cvc-error\"", "aria-invalid=\"true\"")
                .doesNotContain("4111 1111 1111 1112");
        assertThat(psp.citizen.sentWebhooks()).isEmpty();
    }

    @Test
    void mobilePayIsDeclinedForTheNoFundsPhoneNumber() {
        Checkout checkout = psp.checkout(10000, 0, PaymentChoice.MOBILEPAY, false);

        PspSimulatorClient.Result result = psp.citizen.payWithMobilePay(checkout.hostedPageUrl(), "00000000");

        assertThat(result.html()).contains("Betalingen blev afvist: Der er ikke dækning på kortet");
        assertThat(psp.provider.payment(checkout.paymentId()).isCharged()).isFalse();
    }

    @Test
    void cardSavedFromTheNoFundsCardDeclinesItsCharges() {
        String token = savedCard(PspSimulatorClient.INSUFFICIENT_FUNDS_CARD);

        SavedCardChargeResult result = psp.provider.chargeSavedCard(
                new SavedCardChargeRequest(token, "T-1", 20000, 0, "k-1"));

        assertThat(result).isEqualTo(new SavedCardChargeResult.Declined("51", "Insufficient funds"));
    }

    @Test
    void expiredAndBlockedCardsCannotBeSaved() {
        for (String card : List.of(PspSimulatorClient.EXPIRED_CARD, PspSimulatorClient.BLOCKED_CARD)) {
            Checkout checkout = psp.checkout(0, 0, PaymentChoice.CARD, true);
            assertThat(psp.citizen.payWithCard(checkout.hostedPageUrl(), card).approved()).as(card).isFalse();
        }
    }

    @Test
    void testHookForcesASavedCardsAnswer() {
        String token = savedCard(PspSimulatorClient.SUCCESS_CARD);

        psp.citizen.forceDecline(token, "54");
        SavedCardChargeResult expired = psp.provider.chargeSavedCard(
                new SavedCardChargeRequest(token, "T-2", 20000, 0, "k-2"));
        psp.citizen.forceDecline(token, null);
        SavedCardChargeResult charged = psp.provider.chargeSavedCard(
                new SavedCardChargeRequest(token, "T-3", 20000, 0, "k-3"));

        assertThat(expired).isEqualTo(new SavedCardChargeResult.Declined("54", "Expired card"));
        assertThat(charged).isInstanceOf(SavedCardChargeResult.Charged.class);
    }

    private String savedCard(String cardNumber) {
        Checkout checkout = psp.checkout(0, 0, PaymentChoice.CARD, true);
        assertThat(psp.citizen.payWithCard(checkout.hostedPageUrl(), cardNumber).approved()).isTrue();
        return psp.provider.payment(checkout.paymentId()).savedCardToken();
    }
}
