package dk.kantinekort.api.payment;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** A citizen started a card payment onto the account; nothing is credited until the provider has charged it.
 * {@code links}: where the provider's hosted page sends the citizen back (checked to be on the portal). */
@Revision("1")
public record DepositRequested(String accountId, String depositId, Money amount, Money fee, DepositMethod method, SealedData receiptEmail,
                               PaymentPageLinks links) {
}
