package dk.kantinekort.command.payment.checkout;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.payment.PaymentPageLinks;
import java.net.URI;
import java.util.Objects;

/**
 * The addresses a hosted payment page needs, checked before anything is recorded: where the citizen returns, where a
 * cancel goes, the terms (each on the portal's configured public address), and where the provider sends its webhooks
 * ({@code canteen.psp.webhook-url}, or the public address + {@code /psp/webhooks}). Nothing here is taken from a
 * request, so no Host header can send the citizen or the webhook secret elsewhere.
 */
public record HostedPageLinks(URI returnUrl, URI cancelUrl, URI termsUrl, URI webhookUrl) {

    /** Refused ({@code INVALID_REQUEST}) unless every link is an absolute http(s) URL on the portal's public address. */
    public static HostedPageLinks of(PaymentPageLinks links, ProviderAddresses addresses) {
        if (links == null) {
            throw new RejectedException(INVALID_REQUEST, "The payment page links are required");
        }
        return new HostedPageLinks(onPortal(links.returnUrl(), addresses), onPortal(links.cancelUrl(), addresses),
                onPortal(links.termsUrl(), addresses), addresses.webhookUrl());
    }

    private static URI onPortal(String value, ProviderAddresses addresses) {
        URI uri;
        try {
            uri = URI.create(Objects.requireNonNull(value)).normalize();
        } catch (RuntimeException e) {
            throw new RejectedException(INVALID_REQUEST, "The payment page links must be absolute http(s) URLs");
        }
        if (!addresses.isOnPortal(uri)) {
            throw new RejectedException(INVALID_REQUEST, "The payment page links must lead to the portal");
        }
        return uri;
    }
}
