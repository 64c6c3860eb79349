package dk.kantinekort.api.payment;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** The provider charged a deposit or an automatic top-up and the amount was credited (with the MoneyDeposited beside it); the receipt follows. */
@Revision("1")
public record DepositSettled(String accountId, String depositId, String paymentId, Money amount, Money fee, DepositMethod method, String cardBrand, String maskedPan, SealedData receiptEmail) {
}
