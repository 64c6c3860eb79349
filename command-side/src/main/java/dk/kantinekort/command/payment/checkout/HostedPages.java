package dk.kantinekort.command.payment.checkout;

import static dk.kantinekort.api.error.RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.command.payment.provider.Checkout;
import dk.kantinekort.command.payment.provider.CheckoutRequest;
import dk.kantinekort.command.payment.provider.PaymentChoice;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.payment.provider.PaymentProviderRejected;
import dk.kantinekort.command.payment.provider.PaymentProviderUnavailable;
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
class HostedPages {

    private static final Logger log = LoggerFactory.getLogger(HostedPages.class);

    private final PaymentProvider provider;
    private final ProviderAddresses addresses;
    private final String webhookAuthorization;

    HostedPages(PaymentProvider provider,
                   ProviderAddresses addresses,
                   @Value("${canteen.psp.webhook-authorization:demo-psp-webhook}") String webhookAuthorization) {
        this.provider = provider;
        this.addresses = addresses;
        this.webhookAuthorization = webhookAuthorization;
    }

    /** Checks the links before anything is recorded. */
    void requireLinks(PaymentPageLinks links) {
        HostedPageLinks.of(links, addresses);
    }

    /** A hosted page saving a card under {@code reference} (the order or enrolment id). */
    Checkout saveCard(String reference, String description, PaymentPageLinks links, String customerEmail) {
        HostedPageLinks page = HostedPageLinks.of(links, addresses);
        try {
            return provider.createCheckout(new CheckoutRequest(reference, 0, 0, description, PaymentChoice.CARD, true,
                    page.returnUrl(), page.cancelUrl(), page.termsUrl(), page.webhookUrl(), webhookAuthorization,
                    customerEmail == null || customerEmail.isBlank() ? null : customerEmail.strip()));
        } catch (PaymentProviderUnavailable | PaymentProviderRejected e) {
            log.warn("The payment provider did not create a card page for {}: {}", reference, e.getMessage());
            throw new RejectedException(PAYMENT_PROVIDER_UNAVAILABLE, "The payment provider did not answer");
        }
    }
}
