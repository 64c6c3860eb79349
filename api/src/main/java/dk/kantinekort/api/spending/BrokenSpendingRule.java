package dk.kantinekort.api.spending;

import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.money.Money;

/**
 * The spending rule a declined purchase broke, so the till and the statement can say which: the limit and what was
 * spent before the attempt that day (a daily or unit limit, with the unit kind for the latter), or the blocked
 * category.
 */
public record BrokenSpendingRule(Money limit, Money spentToday, UnitKind unitKind, ProductCategory category) {

    public static BrokenSpendingRule dailyLimit(Money limit, Money spentToday) {
        return new BrokenSpendingRule(limit, spentToday, null, null);
    }

    public static BrokenSpendingRule unitLimit(UnitKind unitKind, Money limit, Money spentToday) {
        return new BrokenSpendingRule(limit, spentToday, unitKind, null);
    }

    public static BrokenSpendingRule blockedCategory(ProductCategory category) {
        return new BrokenSpendingRule(null, null, null, category);
    }
}
