package dk.kantinekort.api.payment;

import org.axonframework.serialization.Revision;

/** The account owner confirmed the typed bank account of a payout request; it now waits for staff. */
@Revision("1")
public record PayoutAccountConfirmed(String accountId, String payoutId, String confirmedByCitizenId) {
}
