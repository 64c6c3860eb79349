package dk.kantinekort.api.payment;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** A citizen started signing up for automatic top-up; the card is saved on the provider's hosted page next.
 * {@code links}: where the hosted page sends the citizen back. {@code madeBy}: the citizen who made the agreement (the owner or a linked person; null from staff or the admin API).
 */
@Revision("1")
public record AutoTopUpSignupRequested(String accountId, String agreementId, Money amount, Money fee, Money threshold, SealedData receiptEmail,
                                       String madeBy, PaymentPageLinks links) {
}
