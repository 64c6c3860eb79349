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
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A link that lets one person (the requester, e.g. a parent) act on another person's card accounts (the
 * owner's, e.g. a child's), F3. Only the owner answers a pending request; either side can end the link.
 */
@Aggregate
public class Relation {

    @AggregateIdentifier
    private String relationId;
    private String requesterId;
    private String ownerId;
    private RelationStatus status;

    protected Relation() {
        // for Axon
    }

    @CommandHandler
    public Relation(OpenRelation command) {
        if (command.grantedAtOnce()) {
            Objects.requireNonNull(command.ownerId(), "a granted link has an owner");
            apply(new AccountLinkGranted(command.relationId(), command.requesterId(), command.ownerId(),
                    command.cprHash(), command.cprMasked()));
        } else {
            apply(new AccountLinkRequested(command.relationId(), command.requesterId(), command.ownerId(),
                    command.cprHash(), command.cprMasked()));
        }
    }

    @CommandHandler
    void handle(ApproveAccountLink command) {
        requireOwner(command.actingCitizenId());
        requirePending();
        apply(new AccountLinkApproved(relationId, requesterId, ownerId));
    }

    /** The requester proved the link after all, with a right card number: no need to wait for the owner. */
    void approveByCardNumber() {
        requirePending();
        apply(new AccountLinkApproved(relationId, requesterId, ownerId));
    }

    @CommandHandler
    void handle(RejectAccountLink command) {
        requireOwner(command.actingCitizenId());
        requirePending();
        apply(new AccountLinkRejected(relationId, requesterId, ownerId));
    }

    @CommandHandler
    void handle(WithdrawAccountLink command) {
        String acting = command.actingCitizenId();
        boolean requester = requesterId.equals(acting);
        boolean owner = ownerId != null && ownerId.equals(acting);
        if (!requester && !owner) {
            throw new RejectedException(ACCESS_DENIED, "Only the two people of a link can end it");
        }
        if (status == RelationStatus.ACTIVE || (status == RelationStatus.PENDING && requester)) {
            apply(new AccountLinkWithdrawn(relationId, requesterId, ownerId));
        } else {
            throw new RejectedException(LINK_NOT_PENDING, "The link is " + status);
        }
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
