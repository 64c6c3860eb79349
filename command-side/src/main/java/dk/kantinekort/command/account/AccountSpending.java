package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.PART_SWITCHED_OFF;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseRefunded;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import dk.kantinekort.api.spending.ChangeSpendingRules;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.spending.SpendingRules;
import dk.kantinekort.api.spending.SpendingRulesChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The guardian's spending rules of a card account (Forbrugsregler) and what was spent today, part of the
 * {@link CardAccount} aggregate, so a rule is checked under the same lock as the balance and a change applies to the
 * very next purchase. Today is the Copenhagen day of the purchase's event timestamp, so a replay and a cached
 * aggregate agree; the check is O(1) per line, in memory. A refund given on the day of its purchase gives the amount
 * back to that day's limits; a refund of an earlier day's purchase does not raise today's (decision record 19).
 */
class AccountSpending {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final String accountId;
    private SpendingRules rules = SpendingRules.NONE;
    /** The Copenhagen day the sums below are of; null before the first purchase. */
    private LocalDate day;
    private long spentOre;
    private final Map<UnitKind, Long> spentByUnit = new EnumMap<>(UnitKind.class);
    /** The purchases made on {@link #day} and their unit kind: only their refunds give money back to the day. */
    private final Map<String, UnitKind> purchasesOfDay = new HashMap<>();

    AccountSpending(String accountId) {
        this.accountId = accountId;
    }

    @CommandHandler
    void handle(ChangeSpendingRules command, SchemeParts parts) {
        if (!parts.isOn(SchemePart.SPENDING_RULES)) {
            throw new RejectedException(PART_SWITCHED_OFF, "Spending rules are switched off in this municipality");
        }
        SpendingRules wanted = command.rules() == null ? SpendingRules.NONE : command.rules();
        requireValid(wanted);
        if (!wanted.equals(rules)) {
            apply(new SpendingRulesChanged(accountId, wanted));
        }
    }

    private static void requireValid(SpendingRules wanted) {
        if (wanted.dailyLimit() != null) {
            requireLimit("The daily limit", wanted.dailyLimit());
        }
        wanted.unitLimits().forEach((unit, limit) -> requireLimit("The limit at " + unit, limit));
    }

    private static void requireLimit(String what, Money limit) {
        if (limit == null || !limit.isPositive() || limit.isGreaterThan(Limits.MAX_BALANCE)) {
            throw new RejectedException(INVALID_REQUEST, what + " is between 0,01 and " + Limits.MAX_BALANCE);
        }
    }

    /**
     * The rule the purchase would break, or null. A blocked category first (no amount makes it pass), then the unit
     * kind's limit, then the daily limit. Only asked when the till's purchase is otherwise fine or lacks funds.
     */
    BrokenSpendingRule brokenRule(UnitKind unitKind, List<PurchaseLine> lines, Money total, Instant now) {
        if (!rules.any()) {
            return null;
        }
        for (PurchaseLine line : lines) {
            ProductCategory category = line.category() == null ? ProductCategory.UKENDT : line.category();
            if (rules.blockedCategories().contains(category)) {
                return BrokenSpendingRule.blockedCategory(category);
            }
        }
        boolean sameDay = dayOf(now).equals(day);
        Money unitLimit = unitKind == null ? null : rules.unitLimits().get(unitKind);
        if (unitLimit != null) {
            Money spent = Money.ofOre(sameDay ? spentByUnit.getOrDefault(unitKind, 0L) : 0L);
            if (spent.plus(total).isGreaterThan(unitLimit)) {
                return BrokenSpendingRule.unitLimit(unitKind, unitLimit, spent);
            }
        }
        if (rules.dailyLimit() != null) {
            Money spent = Money.ofOre(sameDay ? spentOre : 0L);
            if (spent.plus(total).isGreaterThan(rules.dailyLimit())) {
                return BrokenSpendingRule.dailyLimit(rules.dailyLimit(), spent);
            }
        }
        return null;
    }

    /** The decline reason of a broken rule. */
    static DeclineReason reasonOf(BrokenSpendingRule broken) {
        if (broken.category() != null) {
            return DeclineReason.CATEGORY_BLOCKED;
        }
        return broken.unitKind() != null ? DeclineReason.UNIT_LIMIT_REACHED : DeclineReason.DAILY_LIMIT_REACHED;
    }

    static LocalDate dayOf(Instant at) {
        return at.atZone(COPENHAGEN).toLocalDate();
    }

    @EventSourcingHandler
    void on(SpendingRulesChanged event) {
        rules = event.rules() == null ? SpendingRules.NONE : event.rules();
    }

    @EventSourcingHandler
    void on(PurchaseMade event, @Timestamp Instant at) {
        LocalDate purchaseDay = dayOf(at);
        if (!purchaseDay.equals(day)) {
            day = purchaseDay;
            spentOre = 0;
            spentByUnit.clear();
            purchasesOfDay.clear();
        }
        spentOre += event.total().ore();
        if (event.unitKind() != null) {
            spentByUnit.merge(event.unitKind(), event.total().ore(), Long::sum);
        }
        purchasesOfDay.put(event.purchaseId(), event.unitKind());
    }

    @EventSourcingHandler
    void on(PurchaseRefunded event, @Timestamp Instant at) {
        if (!dayOf(at).equals(day) || !purchasesOfDay.containsKey(event.purchaseId())) {
            return;
        }
        long amount = event.amount().ore();
        spentOre = Math.max(0, spentOre - amount);
        UnitKind unit = purchasesOfDay.get(event.purchaseId());
        if (unit != null) {
            spentByUnit.computeIfPresent(unit, (u, spent) -> Math.max(0, spent - amount));
        }
    }
}
