package dk.kantinekort.api.subscription;

import dk.kantinekort.api.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A period was paid on the payment card (statement type SUBSCRIPTION; the canteen balance is untouched): the card
 * was charged amount + fee ({@code fee} is zero in events stored before card fees existed, where it is absent).
 */
@Revision("1")
public record SubscriptionPeriodCharged(String enrolmentId, String accountId, String planName,
                                        LocalDate periodStart, LocalDate periodEnd, Money amount, String chargeKey,
                                        String paymentId, String chargeId, Money fee) {

    public SubscriptionPeriodCharged {
        fee = fee == null ? Money.ZERO : fee;
    }

    /** What the payment card was charged. */
    public Money charged() {
        return amount.plus(fee);
    }
}
