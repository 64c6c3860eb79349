package dk.kantinekort.ui.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.ui.ratelimit.PortalRateLimits;
import dk.kantinekort.ui.testing.FakeCommandGateway;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Issue 15, 3: one source address posting more webhooks than its allowance gets 429 with Retry-After. */
class PspWebhookRateLimitTest {

    private final FakeCommandGateway commands = new FakeCommandGateway().answer(ConfirmPayment.class, c -> null);
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new PspWebhookController(
            new PspWebhooks(commands, PspWebhooksTest.SECRET),
            new PortalRateLimits(new PortalRateLimits.Limit(2, Duration.ofHours(1)), new PortalRateLimits.Limit(null, null))))
            .build();

    @Test
    void aSourceOverItsAllowanceGets429ProblemWithRetryAfterAndNothingReachesTheLedger() throws Exception {
        webhook("10.0.0.1", "pay-1").andExpect(status().isOk());
        webhook("10.0.0.1", "pay-2").andExpect(status().isOk());

        webhook("10.0.0.1", "pay-3").andExpect(status().isTooManyRequests())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.reason").value("TOO_MANY_REQUESTS"));

        assertThat(commands.sent()).containsExactly(new ConfirmPayment("pay-1"), new ConfirmPayment("pay-2"));
    }

    @Test
    void anotherSourceKeepsItsOwnAllowance() throws Exception {
        for (int i = 0; i < 3; i++) {
            webhook("10.0.0.1", "pay-" + i);
        }
        webhook("10.0.0.2", "pay-9").andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions webhook(String source, String paymentId) throws Exception {
        return mvc.perform(post("/psp/webhooks").with(request -> {
            request.setRemoteAddr(source);
            return request;
        }).header("Authorization", PspWebhooksTest.SECRET).contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":\"wh-1\",\"event\":\"payment.checkout.completed\",\"timestamp\":\"2026-04-01T10:00:00Z\","
                        + "\"data\":{\"paymentId\":\"" + paymentId + "\"}}"));
    }
}
