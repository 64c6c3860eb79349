package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.card.CardNumber;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A till purchase was charged to the account. */
@Revision("1")
public record PurchaseMade(String accountId, String purchaseId, CardNumber cardNumber, String placeId, String tillId, UnitKind unitKind, List<PurchaseLine> lines, Money total, Money balanceAfter, String requestFingerprint) implements BalanceChanged {
}
