package dk.kantinekort.api.account;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/**
 * A replacement card was ordered; it goes to the production queue. {@code deliveryAddress} is the holder's postal
 * address at the moment of ordering ("Vej 1, 2860 By"), sealed with the holder's key: staff send the card there,
 * not to an address changed afterwards. Null when the holder had no address on file (staff or system orders).
 */
@Revision("1")
public record ReplacementCardOrdered(String accountId, String orderId, CardNumber currentCardNumber,
                                     CardNumber newCardNumber, Money fee, SealedData deliveryAddress) {
}
