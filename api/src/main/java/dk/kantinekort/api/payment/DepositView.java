package dk.kantinekort.api.payment;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;
import java.time.Instant;

/** A deposit as the citizen follows it: open (maybe with a refused attempt), paid, or abandoned. */
public record DepositView(String depositId, String accountId, State state, Money amount, Money fee, DepositMethod method,
                          String paymentId, String cardBrand, String maskedPan, PaymentDeclineReason lastDecline,
                          Instant requestedAt, Instant settledAt) {

    public enum State { OPEN, PAID, ABANDONED }

    public Money total() {
        return amount.plus(fee);
    }
}
