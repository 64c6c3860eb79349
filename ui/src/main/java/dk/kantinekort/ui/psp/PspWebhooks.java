package dk.kantinekort.ui.psp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.meta.CommandSender;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.RecordPaymentDeclined;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The payment provider's webhooks (Nets Easy shape: {@code {id, event, timestamp, data{paymentId,
 * error{code,message}}}}) as api commands. A webhook is only a signal: the command side asks the provider
 * before it credits anything or records a failure, so a forged or repeated one can never credit twice nor fail a
 * paid deposit, and every copy is passed on.
 * Answers an HTTP status: 200 when handled or not ours, 401 without the agreed Authorization header, 400 for
 * what is no webhook, 503 when the ledger cannot take it now (the provider retries).
 */
@Component
public class PspWebhooks {

    static final String ACTOR = Metadata.system("psp-webhook");
    static final Set<String> PAID_EVENTS = Set.of("payment.checkout.completed", "payment.charge.created.v2",
            "payment.charge.created");
    static final Set<String> FAILED_EVENTS = Set.of("payment.reservation.failed", "payment.charge.failed");
    private static final Logger log = LoggerFactory.getLogger(PspWebhooks.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 5;

    private final CommandSender commands;
    private final byte[] expectedAuthorization;

    public PspWebhooks(CommandGateway commandGateway,
                       @Value("${canteen.psp.webhook-authorization:}") String expectedAuthorization) {
        this.commands = new CommandSender(commandGateway);
        this.expectedAuthorization = expectedAuthorization == null ? new byte[0]
                : expectedAuthorization.getBytes(StandardCharsets.UTF_8);
    }

    /** Handles one delivery; the answer is the HTTP status. */
    public int handle(String authorization, byte[] body) {
        if (!authorized(authorization)) {
            log.warn("Payment webhook refused: wrong or missing Authorization header");
            return 401;
        }
        JsonNode webhook;
        try {
            webhook = body == null || body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            log.info("Payment webhook is no JSON: {}", e.getClass().getSimpleName());
            return 400;
        }
        if (webhook == null || !webhook.isObject()) {
            return 400;
        }
        String event = text(webhook.path("event")).orElse("");
        Optional<String> paymentId = text(webhook.path("data").path("paymentId"));
        String webhookId = text(webhook.path("id")).orElse(null);
        Object command;
        if (PAID_EVENTS.contains(event)) {
            if (paymentId.isEmpty()) {
                return 400;
            }
            command = new ConfirmPayment(paymentId.get());
        } else if (FAILED_EVENTS.contains(event)) {
            if (paymentId.isEmpty()) {
                return 400;
            }
            String code = text(webhook.path("data").path("error").path("code")).orElse(null);
            command = new RecordPaymentDeclined(paymentId.get(), PaymentDeclineReason.fromIssuerCode(code));
        } else {
            log.debug("Payment webhook {} ignored", event);
            return 200;
        }
        return send(command, event, paymentId.get(), webhookId);
    }

    private int send(Object command, String event, String paymentId, String webhookId) {
        try {
            commands.send(command, ACTOR, Metadata.Channel.PAYMENT_PROVIDER, webhookId)
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 503;
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            Optional<RejectionCode> refused = RejectedException.rejectionOf(cause).map(Rejection::code);
            if (refused.filter(RejectionCode.PAYMENT_NOT_FOUND::equals).isPresent()) {
                // not a payment of ours (or not any more): the provider must not keep sending it
                log.info("Payment webhook {} for an unknown payment {} ignored", event, paymentId);
                return 200;
            }
            if (refused.filter(RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE::equals).isPresent()) {
                // the ledger could not ask the provider about the payment: let the provider send it again
                log.warn("Payment webhook {} for payment {}: the provider did not answer the ledger", event, paymentId);
                return 503;
            }
            if (refused.isPresent()) {
                // refused for good: sending it again would be refused again
                log.warn("Payment webhook {} for payment {} refused: {}", event, paymentId, refused.get());
                return 200;
            }
            log.warn("Payment webhook {} for payment {} not handled now, the provider retries: {}", event, paymentId,
                    cause.toString());
            return 503;
        } catch (TimeoutException e) {
            log.warn("Payment webhook {} for payment {}: the ledger did not answer in time", event, paymentId);
            return 503;
        }
    }

    /** Compares in constant time; a missing setting accepts nothing. */
    private boolean authorized(String authorization) {
        if (expectedAuthorization.length == 0 || authorization == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedAuthorization, authorization.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        String value = node.asText().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
