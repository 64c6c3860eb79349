package dk.kantinekort.api.payment;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** The provider's record of a payment does not match the ledger; listed for staff to resolve. */
@Revision("1")
public record PaymentDiscrepancyFound(String accountId, String checkoutId, String paymentId, Money expected, Money charged, String description) {
}
