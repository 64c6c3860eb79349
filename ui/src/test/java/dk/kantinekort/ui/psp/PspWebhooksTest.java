package dk.kantinekort.ui.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.RecordPaymentDeclined;
import dk.kantinekort.ui.ratelimit.PortalRateLimits;
import dk.kantinekort.ui.testing.FakeCommandGateway;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class PspWebhooksTest {

    static final String SECRET = "demo-webhook-secret";

    private final FakeCommandGateway commands = new FakeCommandGateway()
            .answer(ConfirmPayment.class, c -> null)
            .answer(RecordPaymentDeclined.class, c -> null);
    private final PspWebhooks webhooks = new PspWebhooks(commands, SECRET);
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new PspWebhookController(webhooks,
            new PortalRateLimits(new PortalRateLimits.Limit(null, null), new PortalRateLimits.Limit(null, null)))).build();

    @Test
    void aWrongOrMissingAuthorizationIsRefusedWith401AndNothingIsSent() throws Exception {
        mvc.perform(post("/psp/webhooks").header("Authorization", "guess").contentType(MediaType.APPLICATION_JSON)
                .content(completed("pay-1"))).andExpect(status().isUnauthorized());
        mvc.perform(post("/psp/webhooks").contentType(MediaType.APPLICATION_JSON).content(completed("pay-1")))
                .andExpect(status().isUnauthorized());

        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aCompletedCheckoutAsksTheLedgerToConfirmThePayment() throws Exception {
        mvc.perform(post("/psp/webhooks").header("Authorization", SECRET).contentType(MediaType.APPLICATION_JSON)
                .content(completed("pay-1"))).andExpect(status().isOk());

        assertThat(commands.sent()).containsExactly(new ConfirmPayment("pay-1"));
    }

    @Test
    void aChargeCreatedConfirmsThePaymentToo() {
        assertThat(webhooks.handle(SECRET, body("payment.charge.created.v2", "pay-2", null))).isEqualTo(200);

        assertThat(commands.sent()).containsExactly(new ConfirmPayment("pay-2"));
    }

    @Test
    void aFailedReservationWithCode94IsRecordedAsAnIdenticalTransaction() {
        assertThat(webhooks.handle(SECRET, body("payment.reservation.failed", "pay-3", "94"))).isEqualTo(200);

        assertThat(commands.sent()).containsExactly(
                new RecordPaymentDeclined("pay-3", PaymentDeclineReason.IDENTICAL_TRANSACTION));
    }

    @Test
    void aFailedChargeWithCode51IsRecordedAsNoFunds() {
        webhooks.handle(SECRET, body("payment.charge.failed", "pay-4", "51"));

        assertThat(commands.sent()).containsExactly(
                new RecordPaymentDeclined("pay-4", PaymentDeclineReason.INSUFFICIENT_FUNDS));
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        mvc.perform(post("/psp/webhooks").header("Authorization", SECRET).contentType(MediaType.APPLICATION_JSON)
                .content("{\"event\": ")).andExpect(status().isBadRequest());
        assertThat(webhooks.handle(SECRET, body("payment.checkout.completed", null, null))).isEqualTo(400);
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void otherEventsAreAnsweredAndIgnored() {
        assertThat(webhooks.handle(SECRET, body("payment.created", "pay-5", null))).isEqualTo(200);

        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void everyDuplicateIsPassedOnForTheLedgerToIgnore() {
        for (int i = 0; i < 5; i++) {
            assertThat(webhooks.handle(SECRET, completed("pay-6").getBytes(StandardCharsets.UTF_8))).isEqualTo(200);
        }

        assertThat(commands.sent()).hasSize(5).containsOnly(new ConfirmPayment("pay-6"));
    }

    @Test
    void aPaymentThatIsNotOursIsAnswered200SoTheProviderStops() {
        commands.answer(ConfirmPayment.class, c -> {
            throw new RejectedException(RejectionCode.PAYMENT_NOT_FOUND, "unknown");
        });

        assertThat(webhooks.handle(SECRET, completed("pay-x").getBytes(StandardCharsets.UTF_8))).isEqualTo(200);
    }

    @Test
    void aLedgerThatCannotTakeItNowIsA503SoTheProviderRetries() {
        commands.answer(ConfirmPayment.class, c -> {
            throw new IllegalStateException("no handler");
        });

        assertThat(webhooks.handle(SECRET, completed("pay-7").getBytes(StandardCharsets.UTF_8))).isEqualTo(503);
    }

    @Test
    void withoutAnAgreedSecretNothingIsAccepted() {
        PspWebhooks unconfigured = new PspWebhooks(commands, "");

        assertThat(unconfigured.handle("", completed("pay-8").getBytes(StandardCharsets.UTF_8))).isEqualTo(401);
    }

    private static String completed(String paymentId) {
        return new String(body("payment.checkout.completed", paymentId, null), StandardCharsets.UTF_8);
    }

    private static byte[] body(String event, String paymentId, String errorCode) {
        String data = (paymentId == null ? "" : "\"paymentId\":\"" + paymentId + "\"")
                + (errorCode == null ? "" : ",\"error\":{\"code\":\"" + errorCode + "\",\"message\":\"Refused\"}");
        return ("{\"id\":\"wh-1\",\"event\":\"" + event + "\",\"timestamp\":\"2026-04-01T10:00:00Z\",\"data\":{"
                + data + "}}").getBytes(StandardCharsets.UTF_8);
    }
}
