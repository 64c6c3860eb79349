package dk.kantinekort.api.payment;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Automatisk optankning (F7): agree a top-up amount and save a payment card on the provider's hosted page
 * (no charge then). The account decides at once; the hosted page is asked with {@link FindCheckoutProgress} under
 * the agreement id. Answers nothing.
 */
public record StartAutoTopUpSignup(@TargetAggregateIdentifier String accountId, String agreementId, Money amount, String receiptEmail,
                                   PaymentPageLinks links) implements AccountScoped {
}
