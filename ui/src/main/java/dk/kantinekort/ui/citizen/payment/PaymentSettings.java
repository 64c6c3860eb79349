package dk.kantinekort.ui.citizen.payment;

import dk.kantinekort.ui.security.PortalPublicUrl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's payment settings: whether citizens may ask for a payout in the portal
 * ({@code canteen.municipality.payout-enabled}; otherwise Hjælp sends them to the municipality), and the
 * address citizens reach the portal on ({@code canteen.portal.public-url}), which the payment provider sends them
 * back to. The address is a required setting, never taken from a request: a request's Host header is the sender's to
 * choose, and a link built from it would send the citizen (and the provider's webhooks) to any host.
 */
@Component
public class PaymentSettings {

    private final boolean payoutEnabled;
    private final String publicUrl;

    @Autowired
    public PaymentSettings(@Value("${canteen.municipality.payout-enabled:true}") boolean payoutEnabled,
                           @Value("${canteen.portal.public-url:}") String publicUrl) {
        this.payoutEnabled = payoutEnabled;
        this.publicUrl = PortalPublicUrl.require(publicUrl);
    }

    public boolean payoutEnabled() {
        return payoutEnabled;
    }

    /** The portal's configured public address, absolute http(s), ending with a slash. */
    public String publicUrl() {
        return publicUrl;
    }
}
