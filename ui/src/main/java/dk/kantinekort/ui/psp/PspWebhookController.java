package dk.kantinekort.ui.psp;

import dk.kantinekort.ui.ratelimit.KeyedRateLimiter;
import dk.kantinekort.ui.ratelimit.PortalRateLimits;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /psp/webhooks}: where the payment provider reports payments. Open without login and CSRF token
 * (PortalSecurityConfiguration); the Authorization header agreed with the provider is checked instead. Each source
 * address may post {@code canteen.rate-limits.psp-webhook.requests} per period; more are 429 problem+json with
 * Retry-After, before the Authorization is even looked at (the provider retries a refused webhook).
 */
@RestController
public class PspWebhookController {

    public static final String PATH = "/psp/webhooks";

    private final PspWebhooks webhooks;
    private final PortalRateLimits limits;

    PspWebhookController(PspWebhooks webhooks, PortalRateLimits limits) {
        this.webhooks = webhooks;
        this.limits = limits;
    }

    @PostMapping(PATH)
    ResponseEntity<?> receive(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                              @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        Optional<Duration> wait = limits.webhook(request.getRemoteAddr());
        if (wait.isPresent()) {
            return tooManyRequests(KeyedRateLimiter.retryAfterSeconds(wait.get()));
        }
        return ResponseEntity.status(webhooks.handle(authorization, body)).build();
    }

    private static ResponseEntity<ProblemDetail> tooManyRequests(long retryAfterSeconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many webhooks from this address; retry after " + retryAfterSeconds + " s");
        problem.setType(URI.create("https://kantinekort.dk/problems/too-many-requests"));
        problem.setProperty("reason", "TOO_MANY_REQUESTS");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .body(problem);
    }
}
