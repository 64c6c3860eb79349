package dk.kantinekort.api.subscription;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider charged a period. */
public record CompleteSubscriptionCharge(@TargetAggregateIdentifier String enrolmentId, LocalDate periodStart,
                                         String paymentId, String chargeId) {
}
