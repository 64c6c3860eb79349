package dk.kantinekort.app.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kantinekort.command.payment.provider.Checkout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhooks reach the merchant with its authorization; tests can repeat, reverse and lose them. */
class PspSimulatorWebhooksTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

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
    void paidPaymentSendsCheckoutCompletedThenChargeCreatedWithTheMerchantsAuthorization() {
        Checkout checkout = psp.deposit(30000, 300);
        psp.citizen.payWithSuccessCard(checkout.hostedPageUrl());

        List<WebhookReceiver.Received> received = awaitWebhooks(checkout.paymentId(), 2);

        assertThat(received).extracting(WebhookReceiver.Received::event)
                .containsExactly("payment.checkout.completed", "payment.charge.created.v2");
        assertThat(received).allSatisfy(r -> {
            assertThat(r.authorization()).isEqualTo(SimulatorUnderTest.WEBHOOK_AUTHORIZATION);
            assertThat(r.body().path("id").asText()).isNotBlank();
            assertThat(r.body().path("merchantId").isNumber()).isTrue();
            assertThat(r.body().path("timestamp").asText()).isNotBlank();
            assertThat(r.body().path("data").path("amount").path("amount").asLong()).isEqualTo(30300);
            assertThat(r.body().path("data").path("amount").path("currency").asText()).isEqualTo("DKK");
            assertThat(r.body().path("data").path("order").path("reference").asText()).startsWith("D-");
        });
        String chargeId = psp.provider.payment(checkout.paymentId()).charges().get(0).chargeId();
        assertThat(received.get(1).body().path("data").path("chargeId").asText()).isEqualTo(chargeId);
    }

    @Test
    void webhooksAreResentFiveTimes() {
        Checkout checkout = paid();

        assertThat(psp.citizen.resendWebhooks(checkout.paymentId(), 5, false)).isEqualTo(10);

        assertThat(awaitWebhooks(checkout.paymentId(), 12)).extracting(WebhookReceiver.Received::event)
                .filteredOn("payment.charge.created.v2"::equals).hasSize(6);
    }

    @Test
    void webhooksAreResentInReverseOrder() {
        Checkout checkout = paid();

        psp.citizen.resendWebhooks(checkout.paymentId(), 1, true);

        assertThat(awaitWebhooks(checkout.paymentId(), 4)).extracting(WebhookReceiver.Received::event)
                .containsExactly("payment.checkout.completed", "payment.charge.created.v2",
                        "payment.charge.created.v2", "payment.checkout.completed");
    }

    @Test
    void droppedWebhooksOfTheNextPaymentAreNeverSentButThePaymentIsCharged() {
        psp.citizen.dropNextWebhooks();
        Checkout lost = psp.deposit(10000, 0);
        psp.citizen.payWithSuccessCard(lost.hostedPageUrl());
        Checkout next = paid();

        awaitWebhooks(next.paymentId(), 2);
        assertThat(psp.merchant.of(lost.paymentId())).isEmpty();
        assertThat(psp.provider.payment(lost.paymentId()).isCharged()).isTrue();
        JsonNode log = psp.citizen.sentWebhooks();
        assertThat(StreamSupport.stream(log.spliterator(), false)
                .filter(w -> w.path("paymentId").asText().equals(lost.paymentId()))
                .map(w -> w.path("status").asInt()).toList()).containsExactly(0, 0);
    }

    private Checkout paid() {
        Checkout checkout = psp.deposit(20000, 0);
        assertThat(psp.citizen.payWithSuccessCard(checkout.hostedPageUrl()).approved()).isTrue();
        awaitWebhooks(checkout.paymentId(), 2);
        return checkout;
    }

    private List<WebhookReceiver.Received> awaitWebhooks(String paymentId, int count) {
        return await().atMost(WAIT).until(() -> psp.merchant.of(paymentId), list -> list.size() >= count);
    }
}
