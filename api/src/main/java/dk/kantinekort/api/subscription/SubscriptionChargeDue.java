package dk.kantinekort.api.subscription;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A period has started: its price + fee is to be charged on the saved card under {@code chargeKey} ({@code fee} is
 * zero in events stored before card fees existed, where it is absent).
 */
@Revision("1")
public record SubscriptionChargeDue(String enrolmentId, String accountId, LocalDate periodStart,
                                    LocalDate periodEnd, Money amount, SealedData savedCardToken, String chargeKey,
                                    Money fee) {

    public SubscriptionChargeDue {
        fee = fee == null ? Money.ZERO : fee;
    }
}
