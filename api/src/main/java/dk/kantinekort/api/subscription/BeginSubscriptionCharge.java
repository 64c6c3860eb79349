package dk.kantinekort.api.subscription;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks the enrolment whether a period is still to be charged. */
public record BeginSubscriptionCharge(@TargetAggregateIdentifier String enrolmentId, LocalDate periodStart) {
}
