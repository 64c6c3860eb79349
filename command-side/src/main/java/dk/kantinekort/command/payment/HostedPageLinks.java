package dk.kantinekort.command.payment;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.payment.PaymentPageLinks;
import java.net.URI;
import java.util.Objects;

/**
 * The addresses a hosted payment page needs, checked before anything is recorded: where the citizen returns, where a
 * cancel goes, the terms, and where the provider sends its webhooks ({@code canteen.psp.webhook-url}, or by default
 * the portal the citizen came from, which also receives them).
 */
public record HostedPageLinks(URI returnUrl, URI cancelUrl, URI termsUrl, URI webhookUrl) {

    /** Refused ({@code INVALID_REQUEST}) unless every link is an absolute http(s) URL. */
    public static HostedPageLinks of(PaymentPageLinks links, URI configuredWebhookUrl) {
        if (links == null) {
            throw new RejectedException(INVALID_REQUEST, "The payment page links are required");
        }
        URI returnUrl = uri(links.returnUrl());
        URI webhooks = configuredWebhookUrl != null ? configuredWebhookUrl : returnUrl.resolve("/psp/webhooks");
        return new HostedPageLinks(returnUrl, uri(links.cancelUrl()), uri(links.termsUrl()), webhooks);
    }

    private static URI uri(String value) {
        try {
            URI uri = URI.create(Objects.requireNonNull(value));
            if (!uri.isAbsolute() || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new IllegalArgumentException("not an absolute http(s) URL");
            }
            return uri;
        } catch (RuntimeException e) {
            throw new RejectedException(INVALID_REQUEST, "The payment page links must be absolute http(s) URLs");
        }
    }
}
