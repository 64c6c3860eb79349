package dk.kantinekort.ui.staff.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.audit.AuditedEventBatch;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.audit.StreamHistory;
import dk.kantinekort.ui.security.CurrentStaff.Role;
import dk.kantinekort.ui.testing.FakeCommandGateway;
import dk.kantinekort.ui.testing.FakeQueryGateway;
import dk.kantinekort.ui.testing.FakeStaff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class HistoryExportTest {

    private static final int EVENTS = 2_000;
    /** Events per answer, as the query side batches them. */
    private static final int BATCH = 100;

    private final FakeQueryGateway queries = new FakeQueryGateway();
    private final FakeStaff staff = new FakeStaff();
    private final FakeCommandGateway commands = new FakeCommandGateway()
            .answer(dk.kantinekort.api.lookup.RecordStaffLookup.class, c -> null);
    private final AuditQueries audit = new AuditQueries(queries, commands, staff,
            new dk.kantinekort.ui.staff.lookup.StaffLookups(commands, staff, java.time.Clock.systemUTC()));
    private final HistoryExport export = new HistoryExport(audit, staff);

    HistoryExportTest() {
        staff.logIn("revisor", Role.AUDITOR);
    }

    @AfterEach
    void stop() {
        audit.shutdown();
    }

    @Test
    void eachEventIsOneLineInTheShapeOfTheAuditApisExportWithThePayloadAsStored() throws IOException {
        queries.stream(StreamHistory.class, q -> Flux.just(new AuditedEventBatch(List.of(event(0), event(1)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long lines = export.write(new StreamHistory("account-1"), out);

        String[] written = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines).isEqualTo(2);
        assertThat(written).hasSize(3).endsWith("");
        JsonNode first = new ObjectMapper().readTree(written[0]);
        assertThat(first.get("eventId").asText()).isEqualTo("event-0");
        assertThat(first.get("aggregateId").asText()).isEqualTo("account-1");
        assertThat(first.get("sequenceNumber").asLong()).isZero();
        assertThat(first.get("timestamp").asText()).isEqualTo("2026-04-01T10:00:00Z");
        assertThat(first.get("type").asText()).isEqualTo("MoneyDeposited");
        assertThat(first.get("payload").get("amount").asLong()).isEqualTo(6500);
        assertThat(first.get("actor").asText()).isEqualTo("system:demo");
        assertThat(first.get("channel").asText()).isEqualTo("SYSTEM");
        assertThat(first.get("correlationId").asText()).isEqualTo("corr-0");
    }

    @Test
    void eventsAreWrittenAsTheyArriveNeverCollectedFirst() throws IOException {
        LineCounter out = new LineCounter();
        AtomicLong mostAhead = new AtomicLong();
        AtomicInteger emitted = new AtomicInteger();
        queries.stream(StreamHistory.class, q -> Flux.range(0, EVENTS).map(i -> {
            mostAhead.accumulateAndGet(emitted.incrementAndGet() - out.lines.get(), Math::max);
            return event(i);
        }).buffer(BATCH).map(AuditedEventBatch::new));

        long lines = export.write(StreamHistory.wholeHistory(), out);

        assertThat(lines).isEqualTo(EVENTS);
        assertThat(out.lines).hasValue(EVENTS);
        // what is read ahead of the browser: the batches asked for ahead, the one being written and what the JSON
        // writer buffers between flushes
        assertThat(mostAhead.get())
                .isLessThan(HistoryExport.FLUSH_EVERY + (AuditQueries.EXPORT_BATCHES_AHEAD + 2) * BATCH);
    }

    @Test
    void aBrowserThatGoesAwayStopsTheReading() {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicInteger emitted = new AtomicInteger();
        queries.stream(StreamHistory.class, q -> Flux.range(0, EVENTS).map(i -> {
            emitted.incrementAndGet();
            return event(i);
        }).buffer(BATCH).map(AuditedEventBatch::new).doOnCancel(() -> cancelled.set(true)));
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe (test)");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe (test)");
            }
        };

        assertThatThrownBy(() -> export.write(StreamHistory.wholeHistory(), gone)).isInstanceOf(IOException.class);

        assertThat(cancelled).isTrue();
        assertThat(emitted.get()).isLessThan(EVENTS);
    }

    @Test
    void nobodyButAnAuditorExports() {
        queries.stream(StreamHistory.class, q -> Flux.just(new AuditedEventBatch(List.of(event(0)))));
        staff.logIn("admin", Role.ADMIN);

        assertThatThrownBy(() -> export.write(StreamHistory.wholeHistory(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static AuditedEvent event(int i) {
        return new AuditedEvent("event-" + i, "account-1", (long) i, Instant.parse("2026-04-01T10:00:00Z"),
                "MoneyDeposited", "{\"accountId\":\"account-1\",\"amount\":6500,\"balanceAfter\":" + (6500L * (i + 1))
                + "}", "system:demo", "SYSTEM", "corr-" + i, Money.ofOre(6500), Money.ofOre(6500L * (i + 1)));
    }

    /** Counts the complete lines that reached it. */
    private static final class LineCounter extends OutputStream {
        final AtomicInteger lines = new AtomicInteger();

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines.incrementAndGet();
            }
        }
    }
}
