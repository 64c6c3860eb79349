package dk.kantinekort.api.account;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/**
 * Money was put on the account. Facts only, worded by the read side: how ({@code method}), the provider's payment
 * for a payment-card, MobilePay or automatic top-up deposit ({@code paymentId}, else null), and the reference staff
 * or the admin API gave (free text, so sealed with the holder's key like other personal data; null for none).
 */
@Revision("1")
public record MoneyDeposited(String accountId, String depositId, Money amount, DepositMethod method, String paymentId,
                             SealedData reference, Money balanceAfter) implements BalanceChanged {
}
