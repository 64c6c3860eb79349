package dk.kantinekort.api.subscription;

import dk.kantinekort.api.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A period has started: its price is to be charged on the saved card under {@code chargeKey}. */
@Revision("1")
public record SubscriptionChargeDue(String enrolmentId, String accountId, LocalDate periodStart,
                                    LocalDate periodEnd, Money amount, String savedCardToken, String chargeKey) {
}
