package dk.kantinekort.command.bus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;

/**
 * How a tracking reader asks the SQL event store for the events after its token when the token has gaps
 * (global indexes handed out to transactions that had not committed yet): the events in the next range and the
 * gaps, each part found through the primary key (decision record 30).
 *
 * <p>Axon's own statement asks {@code WHERE (globalIndex > ? AND globalIndex <= ?) OR globalIndex IN (...)}, and
 * H2 answers an {@code OR} of a range and a list by reading the whole table: every fetch of the event store's
 * reader cost as much as the store was large (15 % of the till benchmark's CPU at 10,000 cards, growing with
 * every event). The two parts never overlap (a gap lies at or below the token, the range above it), so their
 * {@code UNION ALL} is the same answer.
 */
public final class IndexedGapReads implements ReadEventDataWithGapsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                   List<Long> gaps) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql(schema, gaps.size()));
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 3, gaps.get(i));
        }
        return statement;
    }

    /** The statement's text: parameters are the token's index, the range's end, then each gap. */
    static String sql(EventSchema schema, int gapCount) {
        String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE ";
        String index = schema.globalIndexColumn();
        return select + index + " > ? AND " + index + " <= ?"
                + " UNION ALL " + select + index + " IN (" + String.join(",", Collections.nCopies(gapCount, "?"))
                + ") ORDER BY " + index + " ASC";
    }
}
