package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.card.CardNumber;

/** A till purchase was refused; recorded so the citizen can see why the card did not work. */
public record PurchaseDeclined(String accountId, String purchaseId, CardNumber cardNumber, String placeId, String tillId, Money total, DeclineReason reason) {
}
