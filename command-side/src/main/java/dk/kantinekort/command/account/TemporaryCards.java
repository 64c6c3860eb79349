package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.ACCOUNT_BLOCKED;
import static dk.kantinekort.api.error.RejectionCode.PART_SWITCHED_OFF;
import static dk.kantinekort.api.error.RejectionCode.TEMPORARY_CARD_NOT_NEEDED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.tempcard.IssueTemporaryCard;
import dk.kantinekort.api.tempcard.RevokeTemporaryCard;
import dk.kantinekort.api.tempcard.TemporaryCard;
import dk.kantinekort.api.tempcard.TemporaryCardEnd;
import dk.kantinekort.api.tempcard.TemporaryCardIssued;
import dk.kantinekort.api.tempcard.TemporaryCardRevoked;
import dk.kantinekort.command.tempcard.TemporaryCardIssuer;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * "Midlertidigt kort" (decision record 21): the temporary cards of a {@link CardAccount}. One at a time, only while
 * the account has no usable card (its card blocked, or a new card ordered) and is not blocked itself; it works until
 * it expires, the citizen revokes it, the new card is produced, the lost card is activated again or the account is
 * blocked. The time is the events' clock, so a fixture can move it.
 */
class TemporaryCards {

    private final String accountId;
    private final BooleanSupplier withoutUsableCard;
    private final BooleanSupplier accountBlocked;
    private final Map<CardNumber, Instant> expiries = new HashMap<>();
    private final Set<CardNumber> ended = new HashSet<>();
    private CardNumber live;

    TemporaryCards(String accountId, BooleanSupplier withoutUsableCard, BooleanSupplier accountBlocked) {
        this.accountId = accountId;
        this.withoutUsableCard = withoutUsableCard;
        this.accountBlocked = accountBlocked;
    }

    /** Answers the live temporary card, or issues one when the account needs it. */
    @CommandHandler
    TemporaryCard handle(IssueTemporaryCard command, TemporaryCardIssuer issuer, SchemeParts parts) {
        if (!parts.isOn(SchemePart.TEMPORARY_CARD)) {
            throw new RejectedException(PART_SWITCHED_OFF, "Temporary cards are switched off");
        }
        if (accountBlocked.getAsBoolean()) {
            throw new RejectedException(ACCOUNT_BLOCKED, "The account is blocked");
        }
        Instant now = now();
        if (isLive(now)) {
            return new TemporaryCard(accountId, issuer.codeOf(live, accountId), expiries.get(live));
        }
        if (!withoutUsableCard.getAsBoolean()) {
            throw new RejectedException(TEMPORARY_CARD_NOT_NEEDED,
                    "A temporary card is only for an account whose card is blocked or being replaced");
        }
        CardNumber id = issuer.nextId();
        Instant expiresAt = now.plus(issuer.validFor());
        apply(new TemporaryCardIssued(accountId, id, expiresAt));
        return new TemporaryCard(accountId, issuer.codeOf(id, accountId), expiresAt);
    }

    /** Ends the live temporary card; nothing when none is live. */
    @CommandHandler
    void handle(RevokeTemporaryCard command) {
        end(TemporaryCardEnd.REVOKED);
    }

    /** Ends the live temporary card, if any, for this cause (the new card produced, the account blocked, ...). */
    void end(TemporaryCardEnd cause) {
        if (isLive(now())) {
            apply(new TemporaryCardRevoked(accountId, live, cause));
        }
    }

    /** Why a purchase with this temporary card id is declined; null while it works. */
    DeclineReason declineReasonFor(CardNumber temporaryCardId) {
        Instant expiresAt = expiries.get(temporaryCardId);
        if (expiresAt == null) {
            return DeclineReason.TEMPORARY_CARD_INVALID;
        }
        if (ended.contains(temporaryCardId) || !temporaryCardId.equals(live)) {
            return DeclineReason.TEMPORARY_CARD_REVOKED;
        }
        if (!now().isBefore(expiresAt)) {
            return DeclineReason.TEMPORARY_CARD_EXPIRED;
        }
        return null;
    }

    private boolean isLive(Instant now) {
        return live != null && !ended.contains(live) && now.isBefore(expiries.get(live));
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @EventSourcingHandler
    void on(TemporaryCardIssued event) {
        live = event.temporaryCardId();
        expiries.put(event.temporaryCardId(), event.expiresAt());
    }

    @EventSourcingHandler
    void on(TemporaryCardRevoked event) {
        ended.add(event.temporaryCardId());
    }
}
