package dk.kantinekort.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.card.CardNumber;
import java.util.List;

/** Charge a purchase at a till; answers a {@link PurchaseOutcome}. */
public record MakePurchase(@TargetAggregateIdentifier String accountId, String purchaseId, CardNumber cardNumber, String placeId, String tillId, UnitKind unitKind, List<PurchaseLine> lines, Money total, String requestFingerprint) {
}
