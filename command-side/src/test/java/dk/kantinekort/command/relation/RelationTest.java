package dk.kantinekort.command.relation;

import static dk.kantinekort.command.TestSeals.sealed;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.relation.AccountLinkApproved;
import dk.kantinekort.api.relation.AccountLinkGranted;
import dk.kantinekort.api.relation.AccountLinkRejected;
import dk.kantinekort.api.relation.AccountLinkRequested;
import dk.kantinekort.api.relation.AccountLinkWithdrawn;
import dk.kantinekort.api.relation.ApproveAccountLink;
import dk.kantinekort.api.relation.EndAccountLink;
import dk.kantinekort.api.relation.LinkEndedBy;
import dk.kantinekort.api.relation.OpenRelation;
import dk.kantinekort.api.relation.RejectAccountLink;
import dk.kantinekort.api.relation.WithdrawAccountLink;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationTest {

    static final String ID = "relation-1";
    static final String PARENT = "parent";
    static final String CHILD = "child";
    /** 1 March 2027 at 22:30 UTC: already 2 March in Copenhagen. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T23:30:00Z"), ZoneOffset.UTC);
    static final LocalDate CHILD_BORN = LocalDate.of(2012, 1, 1);
    /** 18 years old on 2 March 2027 in Copenhagen, though still 17 on 1 March in UTC. */
    static final LocalDate EIGHTEEN_TODAY = LocalDate.of(2009, 3, 2);
    static final AccountLinkRequested REQUESTED = new AccountLinkRequested(ID, PARENT, CHILD, sealed("010112-"), null);
    static final AccountLinkGranted GRANTED = new AccountLinkGranted(ID, PARENT, CHILD, sealed("010112-"));

    AggregateTestFixture<Relation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Relation.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void aMinorsCurrentCardLinksAParentAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new OpenRelation(ID, PARENT, CHILD, sealed("010112-"), true, CHILD_BORN, null))
                .expectEvents(GRANTED);
    }

    @Test
    void aWaitingRequestKeepsTheCardNumberTheRequesterTyped() {
        fixture.givenNoPriorActivity()
                .when(new OpenRelation(ID, PARENT, CHILD, sealed("020309-"), false, EIGHTEEN_TODAY, sealed("1562265116")))
                .expectEvents(new AccountLinkRequested(ID, PARENT, CHILD, sealed("020309-"), sealed("1562265116")));
    }

    @Test
    void anAdultsLinkWaitsForTheOwnerEvenWithTheRightCard() {
        fixture.givenNoPriorActivity()
                .when(new OpenRelation(ID, PARENT, CHILD, sealed("020309-"), true, EIGHTEEN_TODAY, null))
                .expectEvents(new AccountLinkRequested(ID, PARENT, CHILD, sealed("020309-"), null));
    }

    @Test
    void aCprNumberWithoutADateOfBirthCountsAsAnAdult() {
        fixture.givenNoPriorActivity()
                .when(new OpenRelation(ID, PARENT, CHILD, sealed("010112-"), true, null, null))
                .expectEvents(REQUESTED);
    }

    @Test
    void aMinorsLinkWithoutTheCurrentUnblockedCardWaitsForTheOwner() {
        // the request handler gives currentCardShown=false for a wrong, a former or a blocked card's number
        fixture.givenNoPriorActivity()
                .when(new OpenRelation(ID, PARENT, CHILD, sealed("010112-"), false, CHILD_BORN, null))
                .expectEvents(REQUESTED);
    }

    @Test
    void aRequestForAnUnknownCprIsNeverGranted() {
        fixture.givenNoPriorActivity()
                .when(new OpenRelation(ID, PARENT, null, sealed("010112-"), true, CHILD_BORN, null))
                .expectEvents(new AccountLinkRequested(ID, PARENT, null, sealed("010112-"), null));
    }

    @Test
    void theOwnerApprovesAPendingLink() {
        fixture.given(REQUESTED)
                .when(new ApproveAccountLink(ID, CHILD))
                .expectEvents(new AccountLinkApproved(ID, PARENT, CHILD, true));
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequest() {
        fixture.given(REQUESTED)
                .when(new ApproveAccountLink(ID, PARENT))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aRequestForAnUnknownCprCanNeverBeApproved() {
        fixture.given(new AccountLinkRequested(ID, PARENT, null, sealed("010112-"), null))
                .when(new ApproveAccountLink(ID, CHILD))
                .expectException(RejectedException.class);
    }

    @Test
    void theOwnerRejectsAPendingLink() {
        fixture.given(REQUESTED)
                .when(new RejectAccountLink(ID, CHILD))
                .expectEvents(new AccountLinkRejected(ID, PARENT, CHILD));
    }

    @Test
    void aRejectedLinkCannotBeApprovedLater() {
        fixture.given(REQUESTED, new AccountLinkRejected(ID, PARENT, CHILD))
                .when(new ApproveAccountLink(ID, CHILD))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void theRequesterDeletesAPendingRequest() {
        fixture.given(REQUESTED)
                .when(new WithdrawAccountLink(ID, PARENT))
                .expectEvents(new AccountLinkWithdrawn(ID, PARENT, CHILD, LinkEndedBy.REQUESTER));
    }

    @Test
    void theOwnerEndsAnActiveLink() {
        fixture.given(GRANTED)
                .when(new WithdrawAccountLink(ID, CHILD))
                .expectEvents(new AccountLinkWithdrawn(ID, PARENT, CHILD, LinkEndedBy.OWNER));
    }

    @Test
    void theOwnerEndsAPendingLink() {
        fixture.given(REQUESTED)
                .when(new WithdrawAccountLink(ID, CHILD))
                .expectEvents(new AccountLinkWithdrawn(ID, PARENT, CHILD, LinkEndedBy.OWNER));
    }

    @Test
    void staffEndAnActiveLink() {
        fixture.given(REQUESTED, new AccountLinkApproved(ID, PARENT, CHILD, true))
                .when(new EndAccountLink(ID))
                .expectEvents(new AccountLinkWithdrawn(ID, PARENT, CHILD, LinkEndedBy.STAFF));
    }

    @Test
    void anEndedLinkCannotBeEndedAgain() {
        fixture.given(GRANTED, new AccountLinkWithdrawn(ID, PARENT, CHILD, LinkEndedBy.OWNER))
                .when(new EndAccountLink(ID))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aStrangerCannotEndALink() {
        fixture.given(GRANTED)
                .when(new WithdrawAccountLink(ID, "stranger"))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void theAdultAgeCountsInDanishTime() {
        org.assertj.core.api.Assertions.assertThat(Relation.minor(EIGHTEEN_TODAY, CLOCK)).isFalse();
        org.assertj.core.api.Assertions.assertThat(Relation.minor(EIGHTEEN_TODAY.plusDays(1), CLOCK)).isTrue();
    }
}
