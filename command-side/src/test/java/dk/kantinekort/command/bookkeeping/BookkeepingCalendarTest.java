package dk.kantinekort.command.bookkeeping;

import dk.kantinekort.api.bookkeeping.BookkeepingMonthClosed;
import dk.kantinekort.api.bookkeeping.CloseBookkeepingMonth;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BookkeepingCalendarTest {

    private static final String LEDGER = CloseBookkeepingMonth.LEDGER_ID;
    /** 1 December 2026, 00:30 in Copenhagen: November has just ended. */
    private static final Clock EARLY_DECEMBER = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);

    private FixtureConfiguration<BookkeepingCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BookkeepingCalendar.class);
        fixture.registerInjectableResource(EARLY_DECEMBER);
    }

    @Test
    void aMonthThatHasEndedInCopenhagenIsClosed() {
        fixture.givenNoPriorActivity()
                .when(CloseBookkeepingMonth.of("2026-11"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BookkeepingMonthClosed(LEDGER, "2026-11"));
    }

    @Test
    void theRunningMonthCannotBeClosed() {
        fixture.givenNoPriorActivity()
                .when(CloseBookkeepingMonth.of("2026-12"))
                .expectException(RejectedException.class)
                .expectExceptionDetails(rejection(RejectionCode.MONTH_NOT_ENDED))
                .expectNoEvents();
    }

    @Test
    void theLastHourOfTheMonthInCopenhagenIsStillTheMonth() {
        FixtureConfiguration<BookkeepingCalendar> lateEvening = new AggregateTestFixture<>(BookkeepingCalendar.class);
        lateEvening.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-30T22:30:00Z"), ZoneOffset.UTC));
        lateEvening.givenNoPriorActivity()
                .when(CloseBookkeepingMonth.of("2026-11"))
                .expectExceptionDetails(rejection(RejectionCode.MONTH_NOT_ENDED));
    }

    @Test
    void aClosedMonthCannotBeClosedAgain() {
        fixture.given(new BookkeepingMonthClosed(LEDGER, "2026-10"), new BookkeepingMonthClosed(LEDGER, "2026-11"))
                .when(CloseBookkeepingMonth.of("2026-10"))
                .expectExceptionDetails(rejection(RejectionCode.MONTH_ALREADY_CLOSED))
                .expectNoEvents();
    }

    @Test
    void monthsAreClosedInOrder() {
        fixture.given(new BookkeepingMonthClosed(LEDGER, "2026-09"))
                .when(CloseBookkeepingMonth.of("2026-11"))
                .expectExceptionDetails(rejection(RejectionCode.EARLIER_MONTH_OPEN))
                .expectNoEvents();
    }

    @Test
    void theMonthAfterTheLatestClosedIsClosed() {
        fixture.given(new BookkeepingMonthClosed(LEDGER, "2026-10"))
                .when(CloseBookkeepingMonth.of("2026-11"))
                .expectEvents(new BookkeepingMonthClosed(LEDGER, "2026-11"));
    }

    @Test
    void aMonthIsWrittenYearDashMonth() {
        fixture.givenNoPriorActivity()
                .when(CloseBookkeepingMonth.of("november"))
                .expectExceptionDetails(rejection(RejectionCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    private static org.hamcrest.Matcher<Object> rejection(RejectionCode code) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof dk.kantinekort.api.error.Rejection r && r.code() == code;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("rejection " + code);
            }
        };
    }
}
