package dk.kantinekort.command.payment;

import dk.kantinekort.api.payment.FindPaymentTerms;
import dk.kantinekort.api.payment.PaymentTerms;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the terms the command side applies, so the portal shows the same fee it will charge. */
@Component
class PaymentTermsQueries {

    private final PaymentSettings settings;

    PaymentTermsQueries(PaymentSettings settings) {
        this.settings = settings;
    }

    @QueryHandler
    PaymentTerms handle(FindPaymentTerms query) {
        return settings.terms();
    }
}
