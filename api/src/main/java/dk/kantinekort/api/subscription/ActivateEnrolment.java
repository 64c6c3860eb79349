package dk.kantinekort.api.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider saved the payment card: charging starts. */
public record ActivateEnrolment(@TargetAggregateIdentifier String enrolmentId, String paymentId,
                                String savedCardToken, String cardBrand, String maskedPan, String cardExpiry) {
}
