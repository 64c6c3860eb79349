package dk.kantinekort.api.subscription;

import dk.kantinekort.api.payment.PaymentPageLinks;
import org.axonframework.serialization.Revision;

/**
 * The citizen chose Tilmeld on a plan (F14): the enrolment-checkout process quotes the plan, opens the enrolment
 * {@code enrolmentId} and has the provider's hosted page save a payment card ({@code links}: where it sends the
 * citizen back).
 */
@Revision("1")
public record EnrolmentCheckoutStarted(String enrolmentId, String accountId, String planId, PaymentPageLinks links) {
}
