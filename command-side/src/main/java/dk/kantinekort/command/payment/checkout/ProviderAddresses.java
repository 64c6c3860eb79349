package dk.kantinekort.command.payment.checkout;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's addresses the payment provider is given: {@code canteen.portal.public-url} (required; the command
 * side does not start without an absolute http(s) address) and the webhook address, {@code canteen.psp.webhook-url}
 * or the public address + {@code /psp/webhooks}. Both come from configuration only.
 */
@Component
public class ProviderAddresses {

    static final String PUBLIC_URL = "canteen.portal.public-url";
    static final String WEBHOOK_URL = "canteen.psp.webhook-url";

    private final URI publicUrl;
    private final URI webhookUrl;

    public ProviderAddresses(@Value("${" + PUBLIC_URL + ":}") String publicUrl,
                             @Value("${" + WEBHOOK_URL + ":}") String webhookUrl) {
        if (publicUrl == null || publicUrl.isBlank()) {
            throw new IllegalStateException(PUBLIC_URL + " is required: the address citizens reach the portal on,"
                    + " e.g. https://kantinekort.gladsaxe.dk (CANTEEN_PORTAL_PUBLIC_URL)");
        }
        String base = publicUrl.strip();
        this.publicUrl = absolute(base.endsWith("/") ? base : base + "/", PUBLIC_URL);
        this.webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? this.publicUrl.resolve("psp/webhooks")
                : absolute(webhookUrl.strip(), WEBHOOK_URL);
    }

    /** Where the provider posts its webhooks. */
    public URI webhookUrl() {
        return webhookUrl;
    }

    /** The portal's public address, ending with a slash. */
    public URI publicUrl() {
        return publicUrl;
    }

    /** Whether the (normalized) address is an absolute http(s) URL at or under the public address. */
    boolean isOnPortal(URI uri) {
        return uri.isAbsolute() && uri.getRawUserInfo() == null && uri.getHost() != null
                && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                && uri.toString().startsWith(publicUrl.toString());
    }

    private static URI absolute(String value, String property) {
        try {
            URI uri = URI.create(value).normalize();
            if (uri.isAbsolute() && uri.getHost() != null && uri.getRawUserInfo() == null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalStateException(property + " must be an absolute http(s) URL: " + value);
    }
}
