package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.card.CardNumber;
import org.axonframework.serialization.Revision;

/** A till purchase was refused; recorded so the citizen can see why the card did not work. */
@Revision("1")
public record PurchaseDeclined(String accountId, String purchaseId, CardNumber cardNumber, String placeId, String tillId, Money total, DeclineReason reason) {
}
