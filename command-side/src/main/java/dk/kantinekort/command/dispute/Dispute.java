package dk.kantinekort.command.dispute;

import static dk.kantinekort.api.error.RejectionCode.DISPUTE_CLOSED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.PART_SWITCHED_OFF;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.dispute.DisputeOpened;
import dk.kantinekort.api.dispute.DisputeRefundGranted;
import dk.kantinekort.api.dispute.DisputeRejected;
import dk.kantinekort.api.dispute.DisputeState;
import dk.kantinekort.api.dispute.OpenDispute;
import dk.kantinekort.api.dispute.RefundDispute;
import dk.kantinekort.api.dispute.RejectDispute;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.command.citizen.AccountHolderSeal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Indsigelse: the case of one disputed statement row, from the citizen's words to staff's answer — a refund onto the
 * account (credited by the dispute-refund process) or a refusal with a reason. One case per row: opening it again
 * answers the case as it is. The citizen's words and staff's reason are sealed with the account holder's key.
 */
@Aggregate
class Dispute {

    static final int MAX_TEXT = 1_000;
    static final int MAX_REASON = 500;

    @AggregateIdentifier
    private String disputeId;
    private String accountId;
    private Money rowAmount;
    private DisputeState state;
    private String openedBy;

    protected Dispute() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenDispute command, AccountHolderSeal seal, SchemeParts parts, MetaData metaData) {
        if (state != null) {
            return; // the row is disputed already: a double click, or the case is answered
        }
        if (!parts.isOn(SchemePart.DISPUTES)) {
            throw new RejectedException(PART_SWITCHED_OFF, "Disputes are switched off in this municipality");
        }
        if (command.accountId() == null || command.rowReference() == null || command.rowType() == null
                || command.rowAmount() == null || command.rowAt() == null
                || !command.disputeId().equals(OpenDispute.idFor(command.accountId(), command.rowReference()))) {
            throw new RejectedException(INVALID_REQUEST, "A dispute names the account and the row it disputes");
        }
        if (command.rowType() == StatementRowType.DECLINED || command.rowAmount().equals(Money.ZERO)) {
            throw new RejectedException(INVALID_REQUEST, "Only a row that moved money can be disputed");
        }
        String text = command.text() == null ? "" : command.text().strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new RejectedException(INVALID_REQUEST, "A dispute needs the citizen's words, at most " + MAX_TEXT);
        }
        Object actor = metaData == null ? null : metaData.get(Metadata.ACTOR);
        apply(new DisputeOpened(command.disputeId(), command.accountId(),
                Metadata.citizenIdOf(actor == null ? null : actor.toString()), command.rowType(),
                command.rowReference(), command.rowAmount(), command.rowAt(), seal.seal(command.accountId(), text)));
    }

    /** Upholds the dispute: at most what the row moved goes back; the same answer again changes nothing. */
    @CommandHandler
    void handle(RefundDispute command) {
        if (state == DisputeState.REFUNDED) {
            return;
        }
        requireOpen();
        Money most = rowAmount.isNegative() ? Money.ZERO.minus(rowAmount) : rowAmount;
        if (command.amount() == null || !command.amount().isPositive() || command.amount().isGreaterThan(most)) {
            throw new RejectedException(INVALID_REQUEST, "A refund is between 0,01 and " + most);
        }
        apply(new DisputeRefundGranted(disputeId, accountId, command.amount(), openedBy));
    }

    /** Refuses the dispute with a reason the citizen is told. */
    @CommandHandler
    void handle(RejectDispute command, AccountHolderSeal seal) {
        if (state == DisputeState.REJECTED) {
            return;
        }
        requireOpen();
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new RejectedException(INVALID_REQUEST, "A refusal needs a reason of at most " + MAX_REASON);
        }
        apply(new DisputeRejected(disputeId, accountId, seal.seal(accountId, reason), openedBy));
    }

    private void requireOpen() {
        if (state != DisputeState.OPEN) {
            throw new RejectedException(DISPUTE_CLOSED, "The dispute was answered already");
        }
    }

    @EventSourcingHandler
    void on(DisputeOpened event) {
        disputeId = event.disputeId();
        accountId = event.accountId();
        rowAmount = event.rowAmount();
        openedBy = event.openedByCitizenId();
        state = DisputeState.OPEN;
    }

    @EventSourcingHandler
    void on(DisputeRefundGranted event) {
        state = DisputeState.REFUNDED;
    }

    @EventSourcingHandler
    void on(DisputeRejected event) {
        state = DisputeState.REJECTED;
    }
}
