package dk.kantinekort.command.bus;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.command.CommandSideConfiguration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A tracking reader whose token has gaps reads the next events and the gaps through the primary key, so the
 * cost of a fetch does not grow with the event store (decision record 30).
 */
@SpringBootTest(classes = IndexedGapReadsTest.Boot.class,
        properties = "spring.datasource.url=jdbc:h2:mem:indexed-gap-reads;DB_CLOSE_DELAY=-1")
class IndexedGapReadsTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CommandSideConfiguration.class)
    static class Boot {
    }

    private static final int EVENTS = 20_000;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    @Autowired
    DataSource dataSource;
    @Autowired
    EventStorageEngine storageEngine;

    private long newest;

    @BeforeEach
    void aStoreOfManyEvents() throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement()) {
            s.execute("DELETE FROM DomainEventEntry WHERE type = 'Filler'");
            s.execute("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, "
                    + "metaData, payload, payloadType, timeStamp) SELECT 'filler-' || X, 0, 'Filler', RANDOM_UUID(), "
                    + "CAST('{}' AS VARBINARY), CAST('\"x\"' AS VARBINARY), 'java.lang.String', '2026-12-07T08:00:00Z' "
                    + "FROM SYSTEM_RANGE(1, " + EVENTS + ")");
            try (ResultSet r = s.executeQuery("SELECT MAX(globalIndex) FROM DomainEventEntry")) {
                r.next();
                newest = r.getLong(1);
            }
        }
    }

    @Test
    void theEventStoreReadsTheGapsAndTheNextEventsInOrder() throws SQLException {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(newest - 10, List.of(newest - 30, newest - 20));
        execute("SET QUERY_STATISTICS TRUE");

        List<String> read = storageEngine.readEvents(token, false)
                .map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                .collect(Collectors.toList());

        assertThat(read).hasSize(12).isEqualTo(aggregatesAt("globalIndex IN (" + (newest - 30) + ", " + (newest - 20)
                + ") OR globalIndex > " + (newest - 10)));
        assertThat(statementsRun()).anyMatch(sql -> sql.contains("DomainEventEntry WHERE globalIndex IN ("));
    }

    private void execute(String sql) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> statementsRun() throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (r.next()) {
                statements.add(r.getString(1));
            }
        }
        return statements;
    }

    private List<String> aggregatesAt(String where) throws SQLException {
        List<String> aggregates = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT aggregateIdentifier FROM DomainEventEntry WHERE " + where
                     + " ORDER BY globalIndex")) {
            while (r.next()) {
                aggregates.add(r.getString(1));
            }
        }
        return aggregates;
    }

    @Test
    void aFetchWithGapsReadsOnlyTheRowsItAnswersWith() throws SQLException {
        long rowsRead = rowsRead(IndexedGapReads.sql(new EventSchema(), 2));

        // the 102 rows of the answer and a row at each part's edge, not the 20,000 of the table
        assertThat(rowsRead).isLessThan(110);
    }

    @Test
    void axonsOwnStatementWouldReadTheWholeTable() throws SQLException {
        EventSchema schema = new EventSchema();
        String axons = "SELECT " + schema.trackedEventFields() + " FROM DomainEventEntry WHERE (globalIndex > ? AND "
                + "globalIndex <= ?) OR globalIndex IN (?,?) ORDER BY globalIndex ASC";

        assertThat(rowsRead(axons)).isGreaterThanOrEqualTo(EVENTS);
    }

    /** What H2's EXPLAIN ANALYZE counts as scanned for a fetch of 100 events after a token with two gaps. */
    private long rowsRead(String sql) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement explain = db.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            explain.setLong(1, newest - 200);
            explain.setLong(2, newest - 100);
            explain.setLong(3, newest - 400);
            explain.setLong(4, newest - 300);
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                Matcher counts = SCAN_COUNT.matcher(plan.getString(1));
                long total = 0;
                while (counts.find()) {
                    total += Long.parseLong(counts.group(1));
                }
                return total;
            }
        }
    }
}
