package dk.kantinekort.api.payment;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** A citizen started signing up for automatic top-up; the card is saved on the provider's hosted page next. */
@Revision("1")
public record AutoTopUpSignupRequested(String accountId, String agreementId, Money amount, Money fee, Money threshold, SealedData receiptEmail) {
}
