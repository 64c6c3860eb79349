package dk.kantinekort.api.account;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** The remaining balance was paid out; the account is empty afterwards. {@code bankReference}: staff's reference of the bank transfer (free text), sealed with the holder's key. */
@Revision("1")
public record BalancePaidOut(String accountId, String payoutId, Money amount, SealedData bankReference, Money balanceAfter) implements BalanceChanged {
}
