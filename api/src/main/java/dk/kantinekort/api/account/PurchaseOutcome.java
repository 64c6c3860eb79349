package dk.kantinekort.api.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.BrokenSpendingRule;

/** What a till gets back for a purchase: approved (possibly replayed) or declined with a reason. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PurchaseOutcome.Approved.class, name = "APPROVED"),
    @JsonSubTypes.Type(value = PurchaseOutcome.Declined.class, name = "DECLINED")
})
public sealed interface PurchaseOutcome {

    String purchaseId();

    /** The purchase was charged; {@code replayed} when this answers a repeated idempotency key. */
    record Approved(String purchaseId, String accountId, CardNumber cardNumber, Money amount, Money balanceAfter,
                    boolean autoTopUpTriggered, boolean replayed) implements PurchaseOutcome {
    }

    /** The purchase was refused and nothing was charged; {@code brokenRule} names a broken spending rule. */
    record Declined(String purchaseId, DeclineReason reason, BrokenSpendingRule brokenRule) implements PurchaseOutcome {

        @JsonCreator
        public Declined {
        }

        public Declined(String purchaseId, DeclineReason reason) {
            this(purchaseId, reason, null);
        }
    }
}
