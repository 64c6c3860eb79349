package dk.kantinekort.api.audit;

import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * An account's balance as of {@code at}: the balance the last balance-changing event at or before that instant left
 * ({@code lastSequenceNumber}, null when none), zero before the first. {@code consistent} says whether every folded
 * event's balanceAfter equals the balance before it plus its signed amount; where not, the events are listed.
 */
public record BalanceAt(String accountId, Instant at, boolean opened, Money balance, Long lastSequenceNumber,
                        int balanceChangesFolded, boolean consistent, List<FoldInconsistency> inconsistencies) {
}
