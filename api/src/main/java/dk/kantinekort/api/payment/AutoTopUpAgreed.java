package dk.kantinekort.api.payment;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** Automatic top-up is on: a purchase leaving the balance under the threshold tops up the amount from the saved card. The saved card's token, masked number and expiry are sealed with the account holder's key (the brand is not personal).
 * {@code madeBy}: the citizen who made the agreement; it ends when their link to the owner ends.
 */
@Revision("1")
public record AutoTopUpAgreed(String accountId, String agreementId, Money amount, Money fee, Money threshold, SealedData savedCardToken, String cardBrand, SealedData maskedPan, SealedData cardExpiry, SealedData receiptEmail,
                              String madeBy) {
}
