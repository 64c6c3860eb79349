package dk.kantinekort.command.bus;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.command.CommandSideConfiguration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The event store with the quick timestamp parser hands out the same events, timestamps and tracking tokens (gaps
 * included) as Axon's own SQL engine over the same table (decision record 30).
 */
@SpringBootTest(classes = StoredTimestampJdbcEngineTest.Boot.class,
        properties = "spring.datasource.url=jdbc:h2:mem:stored-timestamps;DB_CLOSE_DELAY=-1")
class StoredTimestampJdbcEngineTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CommandSideConfiguration.class)
    static class Boot {
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    EventStorageEngine storageEngine;

    private JdbcEventStorageEngine axons;

    @BeforeEach
    void aTableWithGapsOldAndYoungEventsAndEveryTimestampForm() throws SQLException {
        Instant now = Instant.now();
        List<String> timestamps = List.of("2026-01-07T08:00:00Z", "2026-01-07T08:00:00.1Z",
                now.minusSeconds(5).toString(), now.minusSeconds(4).toString().replace("Z", "+00:00"),
                now.minusSeconds(3).toString(), "2026-01-07T08:00:00.123456789Z", now.minusSeconds(2).toString(),
                now.minusSeconds(1).toString());
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement()) {
            s.execute("DELETE FROM DomainEventEntry WHERE type = 'Timed'");
            for (int i = 0; i < 40; i++) {
                s.execute("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier,"
                        + " metaData, payload, payloadType, timeStamp) VALUES ('timed-" + i + "', 0, 'Timed', "
                        + "RANDOM_UUID(), CAST('{}' AS VARBINARY), CAST('\"x\"' AS VARBINARY), 'java.lang.String', '"
                        + timestamps.get(i % timestamps.size()) + "')");
            }
            // gaps: transactions that took global indexes and never committed
            s.execute("DELETE FROM DomainEventEntry WHERE type = 'Timed' AND MOD(globalIndex, 7) IN (0, 3)");
        }
        axons = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .readEventDataWithGaps(new IndexedGapReads())
                .build();
    }

    @Test
    void everyEventFromTheStartHasAxonsTimestampAndToken() {
        assertThat(storageEngine).isInstanceOf(StoredTimestampJdbcEngine.class);
        assertThat(read(storageEngine, null)).isEqualTo(read(axons, null)).hasSizeGreaterThan(20);
    }

    @Test
    void everyEventAfterATokenWithGapsHasAxonsTimestampAndToken() {
        List<Read> all = read(axons, null);
        GapAwareTrackingToken middle = (GapAwareTrackingToken) all.get(all.size() / 2).token();

        assertThat(read(storageEngine, middle)).isEqualTo(read(axons, middle)).isNotEmpty();
    }

    @Test
    void anAggregatesEventsHaveAxonsTimestamps() {
        for (int i = 0; i < 8; i++) {
            String aggregate = "timed-" + i;
            assertThat(storageEngine.readEvents(aggregate).asStream().map(DomainEventMessage::getTimestamp).toList())
                    .isEqualTo(axons.readEvents(aggregate).asStream().map(DomainEventMessage::getTimestamp).toList());
        }
    }

    private record Read(String eventId, Instant timestamp, Object token) {
    }

    private static List<Read> read(EventStorageEngine engine, GapAwareTrackingToken after) {
        try (var events = engine.readEvents(after, false)) {
            return events.map(StoredTimestampJdbcEngineTest::read).collect(Collectors.toList());
        }
    }

    private static Read read(TrackedEventMessage<?> event) {
        return new Read(event.getIdentifier(), event.getTimestamp(), event.trackingToken());
    }
}
