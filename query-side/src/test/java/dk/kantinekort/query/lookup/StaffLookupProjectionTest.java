package dk.kantinekort.query.lookup;

import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.lookup.ListStaffLookups;
import dk.kantinekort.api.lookup.LookupChannel;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.lookup.StaffLookupPage;
import dk.kantinekort.api.lookup.StaffLookupRecorded;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = QuerySideTestApplication.class)
class StaffLookupProjectionTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;

    @Test
    void auditorsListTheLookUpsOfAPeriodNewestFirstAPageAtATimeWithTheirTotal() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        Instant day = Instant.parse("2031-03-04T00:00:00Z").plus(Duration.ofMinutes(Math.abs(newId().hashCode() % 600)));
        String log = "lookups:admin:support1:" + newId();
        String citizen = newId();
        for (int i = 0; i < 5; i++) {
            ledger.publish("StaffLookupLog", log, new StaffLookupRecorded(log, "l" + i + log, "admin:support1",
                    LookupChannel.BACK_OFFICE, LookupKey.CPR, LookupPurpose.SUPPORT_SEARCH,
                    i == 4 ? List.of() : List.of(citizen), i == 4 ? List.of() : List.of("a" + i)),
                    day.plusSeconds(i));
        }
        ledger.publish("StaffLookupLog", log, new StaffLookupRecorded(log, "outside" + log, "admin:support1",
                LookupChannel.BACK_OFFICE, LookupKey.NAME, LookupPurpose.SUPPORT_SEARCH, List.of(), List.of()),
                day.plusSeconds(10));

        StaffLookupPage first = await().atMost(Duration.ofSeconds(10))
                .until(() -> page(day, day.plusSeconds(5), 0, 2), p -> p.total() == 5);
        StaffLookupPage last = page(day, day.plusSeconds(5), 2, 2);

        assertThat(first.lookups()).extracting(StaffLookupPage.Entry::lookupId).containsExactly("l4" + log, "l3" + log);
        StaffLookupPage.Entry noMatch = first.lookups().get(0);
        assertThat(noMatch.at()).isEqualTo(day.plusSeconds(4).truncatedTo(ChronoUnit.MILLIS));
        assertThat(noMatch.staffActor()).isEqualTo("admin:support1");
        assertThat(noMatch.citizenIds()).isEmpty();
        assertThat(first.lookups().get(1).citizenIds()).containsExactly(citizen);
        assertThat(first.lookups().get(1).accountIds()).containsExactly("a3");
        assertThat(last.lookups()).extracting(StaffLookupPage.Entry::lookupId).containsExactly("l0" + log);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> page(now, now.minusSeconds(1), 0, 10)).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    private StaffLookupPage page(Instant from, Instant to, int page, int size) {
        return queryGateway.query(new ListStaffLookups(from, to, page, size),
                ResponseTypes.instanceOf(StaffLookupPage.class)).join();
    }
}
