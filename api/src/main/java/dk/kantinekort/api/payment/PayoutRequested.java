package dk.kantinekort.api.payment;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** The citizen asked for the balance to be paid to a bank account; staff decide. */
@Revision("1")
public record PayoutRequested(String accountId, String payoutId, Money balance, SealedData bankAccount, String bankAccountMasked) {
}
