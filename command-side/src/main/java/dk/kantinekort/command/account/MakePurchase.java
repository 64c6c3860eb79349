package dk.kantinekort.command.account;

import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.UnitKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.card.CardNumber;
import java.util.List;

/**
 * Charge a purchase at a till; answers a {@link PurchaseOutcome}. Internal to the account: a till sends
 * {@link dk.kantinekort.api.till.PurchaseWithCard}, which {@link TillPurchaseHandler} routes here, with each line's
 * category resolved and whether the municipality has spending rules switched on.
 */
record MakePurchase(@TargetAggregateIdentifier String accountId, String purchaseId, CardNumber cardNumber, String placeId, String tillId, UnitKind unitKind, List<PurchaseLine> lines, Money total, String requestFingerprint, boolean spendingRulesOn) {

    MakePurchase(String accountId, String purchaseId, CardNumber cardNumber, String placeId, String tillId,
                 UnitKind unitKind, List<PurchaseLine> lines, Money total, String requestFingerprint) {
        this(accountId, purchaseId, cardNumber, placeId, tillId, unitKind, lines, total, requestFingerprint, true);
    }
}
