package dk.kantinekort.api.payment;

import dk.kantinekort.api.money.Money;
import java.time.Instant;

/** Automatisk optankning of one account, with the outcome of its latest attempt. */
public record AutoTopUpView(String accountId, String agreementId, State state, Money amount, Money fee, Money threshold,
                            String cardBrand, String maskedPan, String cardExpiry, Instant lastAttemptAt,
                            Boolean lastAttemptSucceeded, PaymentDeclineReason lastFailure) {

    /** WAITING_FOR_CARD: signed up, the card is not saved yet. */
    public enum State { WAITING_FOR_CARD, ACTIVE, CANCELLED }
}
