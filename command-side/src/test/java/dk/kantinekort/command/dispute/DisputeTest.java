package dk.kantinekort.command.dispute;

import static dk.kantinekort.command.TestSeals.sealed;

import dk.kantinekort.api.dispute.DisputeOpened;
import dk.kantinekort.api.dispute.DisputeRefundGranted;
import dk.kantinekort.api.dispute.DisputeRejected;
import dk.kantinekort.api.dispute.OpenDispute;
import dk.kantinekort.api.dispute.RefundDispute;
import dk.kantinekort.api.dispute.RejectDispute;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.command.TestSeals;
import java.time.Instant;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Indsigelse: the rules of a dispute case, one per test. */
class DisputeTest {

    static final String ACCOUNT = "acc-1";
    static final String ROW = "purchase-1";
    static final String ID = OpenDispute.idFor(ACCOUNT, ROW);
    static final Instant AT = Instant.parse("2026-03-03T10:42:00Z");
    static final Map<String, String> PARENT = Metadata.of(Metadata.citizen("citizen-2"), Metadata.Channel.PORTAL, "c1");
    static final Map<String, String> STAFF = Metadata.of(Metadata.admin("staff"), Metadata.Channel.ADMIN_API, "c2");

    AggregateTestFixture<Dispute> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(SchemeParts.allOn());
    }

    static AggregateTestFixture<Dispute> fixture(SchemeParts parts) {
        AggregateTestFixture<Dispute> fixture = new AggregateTestFixture<>(Dispute.class);
        fixture.registerInjectableResource(TestSeals.holderSeal());
        fixture.registerInjectableResource(parts);
        return fixture;
    }

    static OpenDispute open(String text) {
        return new OpenDispute(ID, ACCOUNT, ROW, StatementRowType.PURCHASE, Money.ofOre(-1_400), AT, text);
    }

    static DisputeOpened opened() {
        return new DisputeOpened(ID, ACCOUNT, "citizen-2", StatementRowType.PURCHASE, ROW, Money.ofOre(-1_400), AT,
                sealed("Jeg købte ikke to yoghurter"));
    }

    static void rejectedWith(ResultValidator<Dispute> result, RejectionCode code) {
        result.expectException(RejectedException.class)
                .expectExceptionDetails(org.axonframework.test.matchers.Matchers.predicate(
                        details -> details instanceof Rejection r && r.code() == code))
                .expectNoEvents();
    }

    @Test
    void aCitizenDisputesARowInTheirOwnWordsSealedWithTheHoldersKey() {
        fixture.givenNoPriorActivity()
                .when(open(" Jeg købte ikke to yoghurter "), PARENT)
                .expectEvents(opened());
    }

    @Test
    void disputingTheSameRowAgainAnswersTheCaseAlreadyOpen() {
        fixture.given(opened())
                .when(open("Igen"), PARENT)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDisputeNeedsWordsAndNotTooMany() {
        rejectedWith(fixture.givenNoPriorActivity().when(open("  "), PARENT), RejectionCode.INVALID_REQUEST);
        rejectedWith(fixture.givenNoPriorActivity().when(open("x".repeat(1_001)), PARENT),
                RejectionCode.INVALID_REQUEST);
    }

    @Test
    void aDeclinedAttemptMovedNoMoneyAndCannotBeDisputed() {
        rejectedWith(fixture.givenNoPriorActivity().when(new OpenDispute(ID, ACCOUNT, ROW, StatementRowType.DECLINED,
                Money.ZERO, AT, "Kortet virkede ikke"), PARENT), RejectionCode.INVALID_REQUEST);
    }

    @Test
    void theCaseIdIsTheRowsSoARowHasOneCase() {
        rejectedWith(fixture.givenNoPriorActivity().when(new OpenDispute("dispute:other", ACCOUNT, ROW,
                StatementRowType.PURCHASE, Money.ofOre(-1_400), AT, "Forkert"), PARENT), RejectionCode.INVALID_REQUEST);
    }

    @Test
    void noDisputeIsOpenedWhileThePartIsSwitchedOff() {
        rejectedWith(fixture(SchemeParts.allBut(SchemePart.DISPUTES)).givenNoPriorActivity()
                .when(open("Forkert"), PARENT), RejectionCode.PART_SWITCHED_OFF);
    }

    @Test
    void staffUpholdADisputeWithARefundOfAtMostWhatTheRowMoved() {
        fixture.given(opened())
                .when(new RefundDispute(ID, Money.ofOre(600)), STAFF)
                .expectEvents(new DisputeRefundGranted(ID, ACCOUNT, Money.ofOre(600), "citizen-2"));
        rejectedWith(fixture.given(opened()).when(new RefundDispute(ID, Money.ofOre(1_401)), STAFF),
                RejectionCode.INVALID_REQUEST);
        rejectedWith(fixture.given(opened()).when(new RefundDispute(ID, Money.ZERO), STAFF),
                RejectionCode.INVALID_REQUEST);
    }

    @Test
    void staffRefuseADisputeWithAReasonTheCitizenIsTold() {
        fixture.given(opened())
                .when(new RejectDispute(ID, " Købet er registreret korrekt "), STAFF)
                .expectEvents(new DisputeRejected(ID, ACCOUNT, sealed("Købet er registreret korrekt"), "citizen-2"));
        rejectedWith(fixture.given(opened()).when(new RejectDispute(ID, " "), STAFF), RejectionCode.INVALID_REQUEST);
    }

    @Test
    void anAnsweredDisputeIsNotAnsweredAgainOtherwise() {
        DisputeRefundGranted refunded = new DisputeRefundGranted(ID, ACCOUNT, Money.ofOre(600), "citizen-2");
        rejectedWith(fixture.given(opened(), refunded).when(new RejectDispute(ID, "Nej"), STAFF),
                RejectionCode.DISPUTE_CLOSED);
        fixture.given(opened(), refunded).when(new RefundDispute(ID, Money.ofOre(600)), STAFF)
                .expectSuccessfulHandlerExecution().expectNoEvents();
        rejectedWith(fixture.given(opened(), new DisputeRejected(ID, ACCOUNT, sealed("Nej"), "citizen-2"))
                .when(new RefundDispute(ID, Money.ofOre(600)), STAFF), RejectionCode.DISPUTE_CLOSED);
    }

    @Test
    void aCaseThatWasNeverOpenedIsNotFound() {
        // the command side answers ACCOUNT_NOT_FOUND for a missing aggregate (MissingAggregateTranslator)
        fixture.givenNoPriorActivity().when(new RejectDispute(ID, "Nej"), STAFF)
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
