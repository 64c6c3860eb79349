package dk.kantinekort.api.payment;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The receipt of a settled deposit is to be sent again: what the receipt says, dated when the deposit was settled,
 * and the receipt address sealed as in {@link DepositSettled}.
 */
@Revision("1")
public record ReceiptResendRequested(String accountId, String depositId, String paymentId, Money amount, Money fee,
                                     DepositMethod method, String cardBrand, SealedData maskedPan,
                                     SealedData receiptEmail, Instant settledAt) {
}
