package dk.kantinekort.api.spending;

import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.money.Money;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A card account's spending rules (Forbrugsregler): a limit for all purchases of a Copenhagen day (none when null),
 * a limit per day for each kind of unit named, and the product categories that may not be bought.
 */
public record SpendingRules(Money dailyLimit, Map<UnitKind, Money> unitLimits, Set<ProductCategory> blockedCategories) {

    public static final SpendingRules NONE = new SpendingRules(null, Map.of(), Set.of());

    public SpendingRules {
        unitLimits = unitLimits == null || unitLimits.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(unitLimits));
        blockedCategories = blockedCategories == null || blockedCategories.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(blockedCategories));
    }

    /** Whether any rule is set. */
    public boolean any() {
        return dailyLimit != null || !unitLimits.isEmpty() || !blockedCategories.isEmpty();
    }
}
