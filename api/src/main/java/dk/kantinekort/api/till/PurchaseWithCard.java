package dk.kantinekort.api.till;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.card.CardNumber;
import java.util.List;
import dk.kantinekort.api.account.PurchaseLine;

/** A till asks to charge a card; routed to the card's account by the command side. */
public record PurchaseWithCard(String purchaseId, CardNumber cardNumber, String tillId, List<PurchaseLine> lines, Money total, String requestFingerprint) {
}
