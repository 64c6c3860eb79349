package dk.kantinekort.command.relation;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.relation.AccountLinkApproved;
import dk.kantinekort.api.relation.AccountLinkGranted;
import dk.kantinekort.api.relation.AccountLinkRejected;
import dk.kantinekort.api.relation.AccountLinkRequested;
import dk.kantinekort.api.relation.AccountLinkWithdrawn;
import dk.kantinekort.api.relation.ApproveAccountLink;
import dk.kantinekort.api.relation.OpenRelation;
import dk.kantinekort.api.relation.RejectAccountLink;
import dk.kantinekort.api.relation.WithdrawAccountLink;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationTest {

    static final String ID = "relation-1";
    static final String PARENT = "parent";
    static final String CHILD = "child";
    static final AccountLinkRequested REQUESTED = new AccountLinkRequested(ID, PARENT, CHILD, "hash", "010112-");
    static final AccountLinkGranted GRANTED = new AccountLinkGranted(ID, PARENT, CHILD, "hash", "010112-");

    AggregateTestFixture<Relation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Relation.class);
    }

    @Test
    void aProvenLinkIsGrantedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new OpenRelation(ID, PARENT, CHILD, "hash", "010112-", true))
                .expectEvents(GRANTED);
    }

    @Test
    void anUnprovenLinkWaitsForTheOwner() {
        fixture.givenNoPriorActivity()
                .when(new OpenRelation(ID, PARENT, CHILD, "hash", "010112-", false))
                .expectEvents(REQUESTED);
    }

    @Test
    void theOwnerApprovesAPendingLink() {
        fixture.given(REQUESTED)
                .when(new ApproveAccountLink(ID, CHILD))
                .expectEvents(new AccountLinkApproved(ID, PARENT, CHILD));
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
        fixture.given(new AccountLinkRequested(ID, PARENT, null, "hash", "010112-"))
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
                .expectEvents(new AccountLinkWithdrawn(ID, PARENT, CHILD));
    }

    @Test
    void theOwnerEndsAnActiveLinkButCannotDeleteAPendingOneUnanswered() {
        fixture.given(GRANTED)
                .when(new WithdrawAccountLink(ID, CHILD))
                .expectEvents(new AccountLinkWithdrawn(ID, PARENT, CHILD));
        fixture.given(REQUESTED)
                .when(new WithdrawAccountLink(ID, CHILD))
                .expectException(RejectedException.class);
    }

    @Test
    void aStrangerCannotEndALink() {
        fixture.given(GRANTED)
                .when(new WithdrawAccountLink(ID, "stranger"))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }
}
