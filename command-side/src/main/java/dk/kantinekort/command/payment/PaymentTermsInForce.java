package dk.kantinekort.command.payment;

import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.command.scheme.SchemeSettingsLookup;
import org.springframework.stereotype.Component;

/**
 * The terms a payment starting now is made on: the configuration ({@code canteen.payments.*}), with the fees and
 * the top-up threshold staff changed since (SchemeSettings) in their place. The webshop checkout and Tilmeld read
 * the payment-card fee rule here, which their orders and enrolments then keep.
 */
@Component
public class PaymentTermsInForce {

    private final PaymentSettings settings;
    private final SchemeSettingsLookup changed;

    PaymentTermsInForce(PaymentSettings settings, SchemeSettingsLookup changed) {
        this.settings = settings;
        this.changed = changed;
    }

    public PaymentTerms current() {
        return settings.terms(changed.changedFees(), changed.changedThreshold().orElse(null));
    }
}
