package dk.kantinekort.api.payment;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/**
 * The provider charged a deposit or an automatic top-up and the amount was credited (with the MoneyDeposited beside
 * it); the receipt follows. The masked card number is sealed with the holder's key like the receipt address. {@code creditId} is null when the provider's charge settled it; when staff credited the
 * documented payment by hand it is the id of that credit's MoneyDeposited (method MANUAL_CORRECTION).
 */
@Revision("1")
public record DepositSettled(String accountId, String depositId, String paymentId, Money amount, Money fee,
                             DepositMethod method, String cardBrand, SealedData maskedPan, SealedData receiptEmail,
                             String creditId) {

    /** Settled by the provider's charge. */
    public DepositSettled(String accountId, String depositId, String paymentId, Money amount, Money fee,
                          DepositMethod method, String cardBrand, SealedData maskedPan, SealedData receiptEmail) {
        this(accountId, depositId, paymentId, amount, fee, method, cardBrand, maskedPan, receiptEmail, null);
    }
}
