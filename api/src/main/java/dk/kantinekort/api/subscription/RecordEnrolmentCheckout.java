package dk.kantinekort.api.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider created the hosted page that saves the enrolment's payment card. */
public record RecordEnrolmentCheckout(@TargetAggregateIdentifier String enrolmentId, String paymentId, String hostedPageUrl) {
}
