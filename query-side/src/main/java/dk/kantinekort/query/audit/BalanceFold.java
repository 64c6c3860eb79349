package dk.kantinekort.query.audit;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.audit.FoldInconsistency;
import dk.kantinekort.api.money.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The balance of one account folded from its balance-changing events, in sequence: the balance is the last event's
 * balanceAfter, and each event is checked against the balance before it plus its signed amount. Keeps only sums,
 * so a fold over the whole history holds one small object per account.
 */
final class BalanceFold {

    private final String accountId;
    private final Map<Movement.Kind, Money> totals = new EnumMap<>(Movement.Kind.class);
    private final List<FoldInconsistency> inconsistencies = new ArrayList<>();
    private Money balance = Money.ZERO;
    private Long lastSequenceNumber;
    private int folded;

    BalanceFold(String accountId) {
        this.accountId = accountId;
    }

    /** Applies the next event of the account. */
    void apply(BalanceChanged event, long sequenceNumber) {
        Optional<Movement> movement = Movement.of(event);
        Money signed = movement.map(Movement::signedAmount).orElse(null);
        Money expected = signed == null ? null : balance.plus(signed);
        if (expected == null || !expected.equals(event.balanceAfter())) {
            inconsistencies.add(new FoldInconsistency(accountId, sequenceNumber, event.getClass().getSimpleName(),
                    balance, signed, expected, event.balanceAfter()));
        }
        movement.ifPresent(m -> totals.merge(m.kind(), m.signedAmount(), Money::plus));
        balance = event.balanceAfter();
        lastSequenceNumber = sequenceNumber;
        folded++;
    }

    String accountId() {
        return accountId;
    }

    Money balance() {
        return balance;
    }

    Long lastSequenceNumber() {
        return lastSequenceNumber;
    }

    int folded() {
        return folded;
    }

    List<FoldInconsistency> inconsistencies() {
        return List.copyOf(inconsistencies);
    }

    /** The money this account moved of one kind, as a positive amount. */
    Money total(Movement.Kind kind) {
        Money signed = totals.getOrDefault(kind, Money.ZERO);
        return kind.isIn() ? signed : Money.ZERO.minus(signed);
    }
}
