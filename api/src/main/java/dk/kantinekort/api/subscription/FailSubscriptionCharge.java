package dk.kantinekort.api.subscription;

import dk.kantinekort.api.payment.PaymentDeclineReason;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A period's charge was refused. */
public record FailSubscriptionCharge(@TargetAggregateIdentifier String enrolmentId, LocalDate periodStart,
                                     PaymentDeclineReason reason) {
}
