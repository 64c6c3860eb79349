package dk.kantinekort.command.lookup;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.lookup.LookupChannel;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.lookup.RecordStaffLookup;
import dk.kantinekort.api.lookup.StaffLookupRecorded;
import dk.kantinekort.api.meta.Metadata;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffLookupLogTest {

    static final String ADMIN = "admin:support1";
    static final String LOG = RecordStaffLookup.logIdFor(ADMIN, Instant.parse("2026-12-06T10:00:00Z"));

    AggregateTestFixture<StaffLookupLog> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffLookupLog.class);
    }

    static RecordStaffLookup search(String lookupId, List<String> citizens, List<String> accounts) {
        return new RecordStaffLookup(LOG, lookupId, LookupChannel.BACK_OFFICE, LookupKey.CPR,
                LookupPurpose.SUPPORT_SEARCH, citizens, accounts);
    }

    @Test
    void aStaffSearchIsRecordedWithTheActorFromTheMetadataAndTheIdsShownButNotTheTypedText() {
        fixture.givenNoPriorActivity()
                .when(search("l1", List.of("c1"), List.of("a1", "a2")),
                        Metadata.of(ADMIN, Metadata.Channel.ADMIN_API, "corr"))
                .expectEvents(new StaffLookupRecorded(LOG, "l1", ADMIN, LookupChannel.BACK_OFFICE, LookupKey.CPR,
                        LookupPurpose.SUPPORT_SEARCH, List.of("c1"), List.of("a1", "a2")));
    }

    @Test
    void aSearchWithoutMatchIsRecordedToo_withNoIds() {
        fixture.given(new StaffLookupRecorded(LOG, "l1", ADMIN, LookupChannel.BACK_OFFICE, LookupKey.CPR,
                        LookupPurpose.SUPPORT_SEARCH, List.of("c1"), List.of("a1")))
                .when(search("l2", List.of(), List.of()), Metadata.of(ADMIN, Metadata.Channel.ADMIN_API, null))
                .expectEvents(new StaffLookupRecorded(LOG, "l2", ADMIN, LookupChannel.BACK_OFFICE, LookupKey.CPR,
                        LookupPurpose.SUPPORT_SEARCH, List.of(), List.of()));
    }

    @Test
    void theSameLookUpSentTwiceIsRecordedOnce() {
        fixture.given(new StaffLookupRecorded(LOG, "l1", ADMIN, LookupChannel.BACK_OFFICE, LookupKey.CPR,
                        LookupPurpose.SUPPORT_SEARCH, List.of("c1"), List.of("a1")))
                .when(search("l1", List.of("c1"), List.of("a1")), Metadata.of(ADMIN, Metadata.Channel.ADMIN_API, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCitizenOrATillCannotWriteInTheStaffLog() {
        fixture.givenNoPriorActivity()
                .when(search("l1", List.of(), List.of()), Metadata.of("citizen:c9", Metadata.Channel.PORTAL, null))
                .expectException(RejectedException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(search("l1", List.of(), List.of()), Metadata.of("till:t1", Metadata.Channel.TILL, null))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aStaffMemberCannotRecordInAnotherStaffMembersLog() {
        fixture.givenNoPriorActivity()
                .when(search("l1", List.of(), List.of()), Metadata.of("auditor:revisor", Metadata.Channel.ADMIN_API, null))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }
}
