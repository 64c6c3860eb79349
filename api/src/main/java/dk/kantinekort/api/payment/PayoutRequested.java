package dk.kantinekort.api.payment;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/**
 * A payout of the balance was asked for; staff decide. To the owner's NemKonto ({@code bankAccount} null,
 * {@code bankAccountMasked} "NemKonto"), or to a typed bank account sealed with the owner's key. A typed account
 * asked for by anyone but the owner in person waits for the owner's confirmation
 * ({@code awaitingOwnerConfirmation}); {@code requestedByCitizenId} is the citizen who asked (null for staff).
 */
@Revision("1")
public record PayoutRequested(String accountId, String payoutId, Money balance, SealedData bankAccount,
                              SealedData bankAccountMasked, PayoutDestination destination,
                              boolean awaitingOwnerConfirmation, String requestedByCitizenId) {
}
