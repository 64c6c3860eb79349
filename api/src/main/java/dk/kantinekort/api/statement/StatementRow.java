package dk.kantinekort.api.statement;

import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.util.List;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.DeclineReason;

/**
 * One row of a statement; declined attempts have a zero amount and a decline reason. A webshop or subscription row
 * whose {@code balanceAfter} is the balance before it was paid by payment card: listed, but the canteen balance did
 * not change. {@code temporaryCard}: the purchase (or declined attempt) was made with a temporary card.
 */
public record StatementRow(String id, Instant at, StatementRowType type, Money amount, Money balanceAfter, String text, String placeId, List<PurchaseLine> lines, DeclineReason declineReason, boolean temporaryCard) {

    /** A row not made with a temporary card. */
    public StatementRow(String id, Instant at, StatementRowType type, Money amount, Money balanceAfter, String text,
                        String placeId, List<PurchaseLine> lines, DeclineReason declineReason) {
        this(id, at, type, amount, balanceAfter, text, placeId, lines, declineReason, false);
    }
}
