package dk.kantinekort.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * A ledger check: every account's read-model balance against the fold of its events ({@code differences}, account
 * by account), every balance-changing event against the balance before it ({@code inconsistencies}), and the
 * totals: money in = money out + the sum of balances. {@code passed} when all three hold.
 */
public record LedgerCheckResult(String checkId, Trigger trigger, String requestedBy, Instant startedAt,
                                Instant finishedAt, long eventsRead, int accountsChecked, LedgerTotals totals,
                                List<AccountDifference> differences, List<FoldInconsistency> inconsistencies,
                                boolean passed) {

    /** Why the check ran. */
    public enum Trigger { ON_DEMAND, NIGHTLY }
}
