package dk.kantinekort.ui.payment;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's payment settings: whether citizens may ask for a payout in the portal
 * ({@code canteen.municipality.payout-enabled}; otherwise Hjælp sends them to the municipality), and the
 * address citizens reach the portal on ({@code canteen.portal.public-url}; blank: as the browser asked for it),
 * which the payment provider sends them back to.
 */
@Component
public class PaymentSettings {

    private final boolean payoutEnabled;
    private final String publicUrl;

    @Autowired
    public PaymentSettings(@Value("${canteen.municipality.payout-enabled:true}") boolean payoutEnabled,
                           @Value("${canteen.portal.public-url:}") String publicUrl) {
        this.payoutEnabled = payoutEnabled;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip();
    }

    public boolean payoutEnabled() {
        return payoutEnabled;
    }

    /** Blank when the links are built from the citizen's own request. */
    public String publicUrl() {
        return publicUrl;
    }
}
