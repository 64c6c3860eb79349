package dk.kantinekort.api.payment;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** A till purchase left the balance under the threshold: one top-up charge on the saved card is due (its token sealed with the holder's key). */
@Revision("1")
public record AutoTopUpTriggered(String accountId, String topUpId, String agreementId, String purchaseId, Money amount, Money fee, SealedData savedCardToken) {
}
