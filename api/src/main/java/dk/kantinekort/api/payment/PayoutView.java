package dk.kantinekort.api.payment;

import dk.kantinekort.api.money.Money;
import java.time.Instant;

/** A payout request and what became of it; the bank account only masked. */
public record PayoutView(String payoutId, String accountId, State state, Money balanceAtRequest, Money paidOut,
                         String bankAccountMasked, String rejectionReason, Instant requestedAt, Instant decidedAt) {

    /** AWAITING_OWNER: a typed bank account the owner has not confirmed; staff see REQUESTED ones. */
    public enum State { AWAITING_OWNER, REQUESTED, PAID, REJECTED }
}
