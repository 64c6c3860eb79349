package dk.kantinekort.api.proof;

import dk.kantinekort.api.money.Money;
import java.time.Instant;

/**
 * The answer to {@link VerifyStatement}. For a known code: the account, the position, the time and the balance of
 * the chain entry, the hash the stored events give there now, and the latest published chain head of the account
 * the check reached ({@code publishedAt}/{@code publishedPosition}, {@code null} when none was published yet).
 */
public record StatementVerification(Outcome outcome, String code, String accountId, Long position, Instant at,
                                    Money balanceAfter, String hash, Instant publishedAt, Long publishedPosition) {

    /** What the check found. */
    public enum Outcome {
        /** The stored events give the statement's hash, and the account's published head too. */
        MATCHES,
        /** No statement has this code. */
        UNKNOWN_CODE,
        /** The code is known, but the hash printed on the statement is not the ledger's: the document was changed. */
        STATEMENT_ALTERED,
        /** The stored events no longer give the hash the chain recorded or published: the ledger was changed. */
        LEDGER_ALTERED
    }

    public static StatementVerification unknown(String code) {
        return new StatementVerification(Outcome.UNKNOWN_CODE, code, null, null, null, null, null, null, null);
    }

    public boolean matches() {
        return outcome == Outcome.MATCHES;
    }
}
