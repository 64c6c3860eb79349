package dk.kantinekort.command.payment;

import dk.kantinekort.api.payment.FindPaymentTerms;
import dk.kantinekort.api.payment.PaymentTerms;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the terms the command side applies, so the portal shows the same fee it will charge. */
@Component
class PaymentTermsQueries {

    private final PaymentTermsInForce terms;

    PaymentTermsQueries(PaymentTermsInForce terms) {
        this.terms = terms;
    }

    @QueryHandler
    PaymentTerms handle(FindPaymentTerms query) {
        return terms.current();
    }
}
