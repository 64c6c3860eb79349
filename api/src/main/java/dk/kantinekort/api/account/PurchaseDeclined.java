package dk.kantinekort.api.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import org.axonframework.serialization.Revision;

/**
 * A till purchase was refused; recorded so the citizen can see why the card did not work. {@code brokenRule} names
 * the spending rule for DAILY_LIMIT_REACHED, UNIT_LIMIT_REACHED and CATEGORY_BLOCKED, and is null otherwise.
 */
@Revision("1")
public record PurchaseDeclined(String accountId, String purchaseId, CardNumber cardNumber, String placeId, String tillId, Money total, DeclineReason reason, BrokenSpendingRule brokenRule) {

    @JsonCreator
    public PurchaseDeclined {
    }

    /** A decline that broke no spending rule. */
    public PurchaseDeclined(String accountId, String purchaseId, CardNumber cardNumber, String placeId, String tillId,
                            Money total, DeclineReason reason) {
        this(accountId, purchaseId, cardNumber, placeId, tillId, total, reason, null);
    }
}
