package dk.kantinekort.ui.psp;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /psp/webhooks}: where the payment provider reports payments. Open without login and CSRF token
 * (PortalSecurityConfiguration); the Authorization header agreed with the provider is checked instead.
 */
@RestController
public class PspWebhookController {

    public static final String PATH = "/psp/webhooks";

    private final PspWebhooks webhooks;

    PspWebhookController(PspWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                 @RequestBody(required = false) byte[] body) {
        return ResponseEntity.status(webhooks.handle(authorization, body)).build();
    }
}
