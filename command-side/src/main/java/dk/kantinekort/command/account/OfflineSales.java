package dk.kantinekort.command.account;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.offline.OfflineSaleBooked;
import dk.kantinekort.api.offline.OfflineSaleFlag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an account remembers of its offline sales (issue 20, decision record 23): each day's offline total, the
 * flags of each sale (to replay its answer) and since when the account owes money. An offline sale is booked
 * whatever the balance (the goods are gone); these rules only decide what staff should look at.
 */
final class OfflineSales {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final Map<LocalDate, Money> soldPerDay = new HashMap<>();
    private final Map<String, Set<OfflineSaleFlag>> flagsOfSale = new HashMap<>();
    /** When the ledger booked the sale that took the balance below zero; kept while the balance stays there. */
    private Instant debtBookedAt;

    /** The account's state as the sale meets it. */
    record AccountState(Money balance, boolean formerCard, boolean blocked, boolean unitAllowed) {
    }

    /** What staff should look at in this sale; {@code LEFT_DEBT} when it takes the balance below zero. */
    Set<OfflineSaleFlag> flagsFor(BookOfflineSale command, AccountState account) {
        Set<OfflineSaleFlag> flags = EnumSet.noneOf(OfflineSaleFlag.class);
        Money total = command.sale().total();
        Instant soldAt = command.sale().soldAt();
        Money soldThatDay = soldPerDay.getOrDefault(dayOf(soldAt), Money.ZERO).plus(total);
        if (command.dailyLimit() != null && soldThatDay.isGreaterThan(command.dailyLimit())) {
            flags.add(OfflineSaleFlag.OVER_DAILY_LIMIT);
        }
        // The till could have known the debt only if the ledger had booked it before the sale was made.
        if (account.balance().isNegative() && debtBookedAt != null && debtBookedAt.isBefore(soldAt)) {
            flags.add(OfflineSaleFlag.OPEN_DEBT);
        }
        if (account.blocked()) {
            flags.add(OfflineSaleFlag.CARD_BLOCKED);
        }
        if (account.formerCard()) {
            flags.add(OfflineSaleFlag.CARD_REPLACED);
        }
        if (!account.unitAllowed()) {
            flags.add(OfflineSaleFlag.UNIT_NOT_ALLOWED);
        }
        if (account.balance().minus(total).isNegative()) {
            flags.add(OfflineSaleFlag.LEFT_DEBT);
        }
        return flags;
    }

    Set<OfflineSaleFlag> flagsOf(String saleId) {
        return flagsOfSale.getOrDefault(saleId, Set.of());
    }

    /** Applies a booked sale; {@code balanceBefore} tells whether it opened a debt, {@code bookedAt} when. */
    void record(OfflineSaleBooked event, Money balanceBefore, Instant bookedAt) {
        soldPerDay.merge(dayOf(event.soldAt()), event.total(), Money::plus);
        flagsOfSale.put(event.saleId(), event.flags() == null || event.flags().isEmpty()
                ? Set.of() : EnumSet.copyOf(event.flags()));
        if (!balanceBefore.isNegative() && event.balanceAfter().isNegative()) {
            debtBookedAt = bookedAt;
        }
    }

    private static LocalDate dayOf(Instant instant) {
        return instant.atZone(COPENHAGEN).toLocalDate();
    }

    /** Value equality, so Axon's fixtures can tell that replaying the events rebuilds the same state. */
    @Override
    public boolean equals(Object o) {
        return o instanceof OfflineSales other && soldPerDay.equals(other.soldPerDay)
                && flagsOfSale.equals(other.flagsOfSale) && Objects.equals(debtBookedAt, other.debtBookedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(soldPerDay, flagsOfSale);
    }
}
