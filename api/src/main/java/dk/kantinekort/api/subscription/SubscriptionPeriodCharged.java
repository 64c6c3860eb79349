package dk.kantinekort.api.subscription;

import dk.kantinekort.api.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A period was paid on the payment card (statement type SUBSCRIPTION; the canteen balance is untouched). */
@Revision("1")
public record SubscriptionPeriodCharged(String enrolmentId, String accountId, String planName,
                                        LocalDate periodStart, LocalDate periodEnd, Money amount, String chargeKey,
                                        String paymentId, String chargeId) {
}
