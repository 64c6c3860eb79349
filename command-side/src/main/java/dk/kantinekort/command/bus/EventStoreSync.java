package dk.kantinekort.command.bus;

import dk.kantinekort.api.durability.CoalescingFlush;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Brings what the event store's database has committed onto the disk (decision records 2 and 30): H2 writes a
 * commit to its file in its own time and never calls fsync for it, so without this a power cut could lose purchases a till already got
 * its 201 for. Called once per committed batch, before any of its commands is answered.
 *
 * <p>{@link Mode#STORE}: {@code MVStore.commit()} of the embedded database (writes a chunk with everything committed
 * so far, waiting for H2's writer threads) and then {@code MVStore.sync()}, which is {@code FileChannel.force} and
 * nothing else: the database runs with H2's default write delay, so the commits of the tracking processors (tokens,
 * outbox rows) are written in the background, together, and only the command batches pay a write each; a database
 * behind H2's TCP server falls back to {@code CHECKPOINT SYNC}.
 * {@link Mode#CHECKPOINT}: always {@code CHECKPOINT SYNC} (also writes whatever other transactions have changed
 * so far, under the database's lock; kept for comparison). {@link Mode#OFF}: no sync (only for
 * databases that sync their own commits, e.g. PostgreSQL, or to measure).
 */
public final class EventStoreSync {

    /** How the sync is done. */
    public enum Mode { STORE, CHECKPOINT, OFF }

    private final DataSource dataSource;
    private final Mode mode;
    private final CoalescingFlush flush = new CoalescingFlush(this::force);

    public EventStoreSync(DataSource dataSource, Mode mode) {
        this.dataSource = dataSource;
        this.mode = mode;
    }

    public Mode mode() {
        return mode;
    }

    /**
     * Returns once everything committed before the call is on disk. Callers that arrive while a sync runs wait
     * for it and then share one more ({@link CoalescingFlush}): the two batch workers' commits share fsyncs.
     */
    public void sync() {
        if (mode != Mode.OFF) {
            flush.run();
        }
    }

    private void force() {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = mode == Mode.STORE ? embeddedStore(connection) : null;
            if (store != null) {
                // writes what was committed so far (a commit alone stays in memory until H2's writer comes round,
                // up to WRITE_DELAY later), then forces it to the disk (decision record 30)
                store.commit();
                store.sync();
            } else {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT SYNC");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The event store could not sync its commits to disk", e);
        }
    }

    private static MVStore embeddedStore(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        return session instanceof SessionLocal local ? local.getDatabase().getStore().getMvStore() : null;
    }
}
