package dk.kantinekort.api.audit;

import dk.kantinekort.api.proof.ChainBreak;
import java.time.Instant;
import java.util.List;

/**
 * A ledger check: every account's read-model balance against the fold of its events ({@code differences}, account
 * by account), every balance-changing event against the balance before it ({@code inconsistencies}), and the
 * totals: money in = money out + the sum of balances; with statement proofs on, also every account's hash chain
 * recomputed from the stored events against the chain kept and the heads published ({@code chainBreaks}).
 * {@code passed} when all of them hold.
 */
public record LedgerCheckResult(String checkId, Trigger trigger, String requestedBy, Instant startedAt,
                                Instant finishedAt, long eventsRead, int accountsChecked, LedgerTotals totals,
                                List<AccountDifference> differences, List<FoldInconsistency> inconsistencies,
                                boolean passed, List<ChainBreak> chainBreaks) {

    public LedgerCheckResult {
        chainBreaks = chainBreaks == null ? List.of() : List.copyOf(chainBreaks);
    }

    /** A check without the hash chain (statement proofs switched off). */
    public LedgerCheckResult(String checkId, Trigger trigger, String requestedBy, Instant startedAt,
                             Instant finishedAt, long eventsRead, int accountsChecked, LedgerTotals totals,
                             List<AccountDifference> differences, List<FoldInconsistency> inconsistencies,
                             boolean passed) {
        this(checkId, trigger, requestedBy, startedAt, finishedAt, eventsRead, accountsChecked, totals, differences,
                inconsistencies, passed, List.of());
    }

    /** Why the check ran. */
    public enum Trigger { ON_DEMAND, NIGHTLY }
}
