package dk.kantinekort.command.webshop;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.command.payment.provider.Checkout;
import dk.kantinekort.command.payment.provider.CheckoutRequest;
import dk.kantinekort.command.payment.provider.PaymentChoice;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.payment.provider.PaymentProviderRejected;
import dk.kantinekort.command.payment.provider.PaymentProviderUnavailable;
import java.net.URI;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the provider's hosted page that only saves a payment card (amount 0), as for automatic top-up: the
 * webshop charges it per delivery day, a subscription per period. The provider's webhooks reach the same portal
 * endpoint as deposits' and end in {@code ConfirmPayment}.
 */
@Component
public class SavedCardPages {

    private static final Logger log = LoggerFactory.getLogger(SavedCardPages.class);

    private final PaymentProvider provider;
    private final URI webhookUrl;
    private final String webhookAuthorization;

    SavedCardPages(PaymentProvider provider,
                   @Value("${canteen.psp.webhook-url:}") String webhookUrl,
                   @Value("${canteen.psp.webhook-authorization:demo-psp-webhook}") String webhookAuthorization) {
        this.provider = provider;
        this.webhookUrl = webhookUrl.isBlank() ? null : URI.create(webhookUrl);
        this.webhookAuthorization = webhookAuthorization;
    }

    /** Checks the links before anything is recorded. */
    public void requireLinks(PaymentPageLinks links) {
        if (links == null) {
            throw new RejectedException(INVALID_REQUEST, "The payment page links are required");
        }
        uri(links.returnUrl());
        uri(links.cancelUrl());
        uri(links.termsUrl());
    }

    /** A hosted page saving a card under {@code reference} (the order or enrolment id). */
    public Checkout saveCard(String reference, String description, PaymentPageLinks links, String customerEmail) {
        URI returnUrl = uri(links.returnUrl());
        URI webhooks = webhookUrl != null ? webhookUrl : returnUrl.resolve("/psp/webhooks");
        try {
            return provider.createCheckout(new CheckoutRequest(reference, 0, 0, description, PaymentChoice.CARD, true,
                    returnUrl, uri(links.cancelUrl()), uri(links.termsUrl()), webhooks, webhookAuthorization,
                    customerEmail == null || customerEmail.isBlank() ? null : customerEmail.strip()));
        } catch (PaymentProviderUnavailable | PaymentProviderRejected e) {
            log.warn("The payment provider did not create a card page for {}: {}", reference, e.getMessage());
            throw new RejectedException(PAYMENT_PROVIDER_UNAVAILABLE, "The payment provider did not answer");
        }
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
