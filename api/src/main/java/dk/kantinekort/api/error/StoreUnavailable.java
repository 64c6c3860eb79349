package dk.kantinekort.api.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Whether a failure means "the ledger's database cannot take this write now" (a full disk, a lost connection, a
 * store shutting down or read-only), as opposed to a bug. Nothing was committed in either case (the events, the
 * look-up rows and the idempotency record share one transaction), but only the first is worth a retry: the till
 * gets 503 {@code LEDGER_UNAVAILABLE} and sends the same Idempotency-Key again later. Kept here, with the error
 * codes, so that the adapters need not know JDBC: in the one-JVM default the database's exception reaches them as
 * the command's failure (through Axon Server only its message would).
 */
public final class StoreUnavailable {

    /**
     * SQLState classes 08 (connection), 53 (insufficient resources: disk full, out of memory), 57 (operator
     * intervention: shutting down).
     */
    private static final Set<String> STATE_CLASSES = Set.of("08", "53", "57");
    /**
     * 25006 read-only transaction; HYT00/HYT01 time-outs; H2's own codes: 90097 database read-only, 90098 database closed (after an I/O
     * failure), 90100 no disk space, 90028 and 90031 I/O error.
     */
    private static final Set<String> STATES = Set.of("25006", "HYT00", "HYT01", "90097", "90098", "90100", "90028",
            "90031");

    private StoreUnavailable() {
    }

    /** True when {@code t} itself (not its causes) is such a database failure. */
    public static boolean is(Throwable t) {
        if (!(t instanceof SQLException e)) {
            return false;
        }
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException
                || e instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = e.getSQLState();
        return state != null && (STATES.contains(state)
                || (state.length() == 5 && STATE_CLASSES.contains(state.substring(0, 2))));
    }
}
