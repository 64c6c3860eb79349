package dk.kantinekort.api.subscription;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A period could not be charged; the enrolment shows why. */
@Revision("1")
public record SubscriptionChargeFailed(String enrolmentId, String accountId, LocalDate periodStart, Money amount,
                                       PaymentDeclineReason reason) {
}
