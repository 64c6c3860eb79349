package dk.kantinekort.api.statement;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import java.time.Instant;
import java.util.List;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.DeclineReason;

/**
 * One row of a statement; declined attempts have a zero amount and a decline reason, and a decline by a spending rule
 * the rule it broke. A webshop or subscription row whose {@code balanceAfter} is the balance before it was paid by
 * payment card: listed, but the canteen balance did not change. {@code temporaryCard}: the purchase (or declined
 * attempt) was made with a temporary card.
 */
public record StatementRow(String id, Instant at, StatementRowType type, Money amount, Money balanceAfter, String text,
                           String placeId, List<PurchaseLine> lines, DeclineReason declineReason,
                           BrokenSpendingRule brokenRule, boolean temporaryCard) {

    @JsonCreator
    public StatementRow {
    }

    /** A row not made with a temporary card. */
    public StatementRow(String id, Instant at, StatementRowType type, Money amount, Money balanceAfter, String text,
                        String placeId, List<PurchaseLine> lines, DeclineReason declineReason,
                        BrokenSpendingRule brokenRule) {
        this(id, at, type, amount, balanceAfter, text, placeId, lines, declineReason, brokenRule, false);
    }

    /** A row that broke no spending rule. */
    public StatementRow(String id, Instant at, StatementRowType type, Money amount, Money balanceAfter, String text,
                        String placeId, List<PurchaseLine> lines, DeclineReason declineReason, boolean temporaryCard) {
        this(id, at, type, amount, balanceAfter, text, placeId, lines, declineReason, null, temporaryCard);
    }

    public StatementRow(String id, Instant at, StatementRowType type, Money amount, Money balanceAfter, String text,
                        String placeId, List<PurchaseLine> lines, DeclineReason declineReason) {
        this(id, at, type, amount, balanceAfter, text, placeId, lines, declineReason, null, false);
    }
}
