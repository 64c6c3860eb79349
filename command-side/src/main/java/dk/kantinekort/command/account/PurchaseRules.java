package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import java.util.List;

/** What makes a purchase well formed, whoever sends it: positive, bounded, and a total that adds up. */
final class PurchaseRules {

    private PurchaseRules() {
    }

    static void requireWellFormed(List<PurchaseLine> lines, Money total) {
        if (lines == null || lines.isEmpty() || lines.size() > Limits.MAX_LINES) {
            throw invalid("A purchase has 1 to " + Limits.MAX_LINES + " lines");
        }
        Money sum = Money.ZERO;
        for (PurchaseLine line : lines) {
            if (line.sku() == null || line.sku().isBlank()) {
                throw invalid("Every line needs a sku");
            }
            if (line.quantity() <= 0 || line.quantity() > Limits.MAX_QUANTITY) {
                throw invalid("Quantity of " + line.sku() + " must be 1 to " + Limits.MAX_QUANTITY);
            }
            if (line.unitPrice() == null || !line.unitPrice().isPositive()
                    || line.unitPrice().isGreaterThan(Limits.MAX_PURCHASE)) {
                throw invalid("Unit price of " + line.sku() + " must be positive and at most " + Limits.MAX_PURCHASE);
            }
            sum = sum.plus(line.lineTotal());
        }
        if (total == null || !total.equals(sum)) {
            throw invalid("Total " + total + " is not the sum of the lines, " + sum);
        }
        if (total.isGreaterThan(Limits.MAX_PURCHASE)) {
            throw invalid("A purchase may be at most " + Limits.MAX_PURCHASE);
        }
    }

    private static RejectedException invalid(String detail) {
        return new RejectedException(INVALID_REQUEST, detail);
    }
}
