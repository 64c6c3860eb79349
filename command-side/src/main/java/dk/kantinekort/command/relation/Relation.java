package dk.kantinekort.command.relation;

import static dk.kantinekort.api.error.RejectionCode.ACCESS_DENIED;
import static dk.kantinekort.api.error.RejectionCode.LINK_NOT_PENDING;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.relation.AccountLinkApproved;
import dk.kantinekort.api.relation.AccountLinkGranted;
import dk.kantinekort.api.relation.AccountLinkRejected;
import dk.kantinekort.api.relation.AccountLinkRequested;
import dk.kantinekort.api.relation.AccountLinkWithdrawn;
import dk.kantinekort.api.relation.ApproveAccountLink;
import dk.kantinekort.api.relation.OpenRelation;
import dk.kantinekort.api.relation.RejectAccountLink;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.WithdrawAccountLink;
import dk.kantinekort.api.relation.EndAccountLink;
import dk.kantinekort.api.relation.LinkEndedBy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A link that lets one person (the requester, e.g. a parent) act on another person's card accounts (the
 * owner's, e.g. a child's), F3. Only the owner answers a pending request; either side, or staff, can end the link.
 */
@Aggregate
public class Relation {

    static final int ADULT_AGE = 18;
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @AggregateIdentifier
    private String relationId;
    private String requesterId;
    private String ownerId;
    private RelationStatus status;

    protected Relation() {
        // for Axon
    }

    /**
     * Opens a link. Active at once only for a person under 18 (today in Danish time, by the CPR number's date of
     * birth) whose current, unblocked card number the requester gave: a parent. Anyone else, adults always,
     * waits for the owner's approval.
     */
    @CommandHandler
    public Relation(OpenRelation command, Clock clock) {
        if (command.ownerId() != null && command.currentCardShown() && minor(command.ownerBornOn(), clock)) {
            apply(new AccountLinkGranted(command.relationId(), command.requesterId(), command.ownerId(),
                    command.cpr()));
        } else {
            apply(new AccountLinkRequested(command.relationId(), command.requesterId(), command.ownerId(),
                    command.cpr(), command.cardNumberTyped()));
        }
    }

    @CommandHandler
    void handle(ApproveAccountLink command) {
        requireOwner(command.actingCitizenId());
        requirePending();
        apply(new AccountLinkApproved(relationId, requesterId, ownerId, true));
    }

    /**
     * The requester proved a pending link afterwards with the owner's current card number: active only when the
     * owner is under 18, else it keeps waiting for the owner. Answers the status after.
     */
    RelationStatus proveWithCurrentCard(LocalDate ownerBornOn, Clock clock) {
        requirePending();
        if (ownerId != null && minor(ownerBornOn, clock)) {
            apply(new AccountLinkApproved(relationId, requesterId, ownerId, false));
        }
        return status;
    }

    static boolean minor(LocalDate bornOn, Clock clock) {
        return bornOn != null && bornOn.plusYears(ADULT_AGE).isAfter(LocalDate.now(clock.withZone(DANISH_TIME)));
    }

    @CommandHandler
    void handle(RejectAccountLink command) {
        requireOwner(command.actingCitizenId());
        requirePending();
        apply(new AccountLinkRejected(relationId, requesterId, ownerId));
    }

    /** "Slet" by the requester or "Fjern adgang" by the owner: either ends a pending or an active link. */
    @CommandHandler
    void handle(WithdrawAccountLink command) {
        String acting = command.actingCitizenId();
        boolean requester = requesterId.equals(acting);
        boolean owner = ownerId != null && ownerId.equals(acting);
        if (!requester && !owner) {
            throw new RejectedException(ACCESS_DENIED, "Only the two people of a link can end it");
        }
        end(requester ? LinkEndedBy.REQUESTER : LinkEndedBy.OWNER);
    }

    /** "Afslut tilknytning": staff end a link in Support (the staff member is the command's actor). */
    @CommandHandler
    void handle(EndAccountLink command) {
        end(LinkEndedBy.STAFF);
    }

    private void end(LinkEndedBy by) {
        if (status != RelationStatus.ACTIVE && status != RelationStatus.PENDING) {
            throw new RejectedException(LINK_NOT_PENDING, "The link is " + status);
        }
        apply(new AccountLinkWithdrawn(relationId, requesterId, ownerId, by));
    }

    private void requireOwner(String acting) {
        if (ownerId == null || !ownerId.equals(acting)) {
            throw new RejectedException(ACCESS_DENIED, "Only the owner answers a link request");
        }
    }

    private void requirePending() {
        if (status != RelationStatus.PENDING) {
            throw new RejectedException(LINK_NOT_PENDING, "The link is " + status);
        }
    }

    RelationStatus status() {
        return status;
    }

    @EventSourcingHandler
    void on(AccountLinkRequested event) {
        relationId = event.relationId();
        requesterId = event.requesterId();
        ownerId = event.ownerId();
        status = RelationStatus.PENDING;
    }

    @EventSourcingHandler
    void on(AccountLinkGranted event) {
        relationId = event.relationId();
        requesterId = event.requesterId();
        ownerId = event.ownerId();
        status = RelationStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(AccountLinkApproved event) {
        status = RelationStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(AccountLinkRejected event) {
        status = RelationStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(AccountLinkWithdrawn event) {
        status = RelationStatus.WITHDRAWN;
    }
}
