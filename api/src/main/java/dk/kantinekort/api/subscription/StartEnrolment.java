package dk.kantinekort.api.subscription;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.payment.PaymentPageLinks;

/**
 * Tilmeld (F14): joins the account to a plan; the provider's hosted page saves the payment card each period is
 * charged on. Recorded at once (answers nothing); the enrolment-checkout process opens the enrolment and the hosted
 * page, asked with {@link dk.kantinekort.api.payment.FindCheckoutProgress} under the enrolment id.
 */
public record StartEnrolment(String accountId, String enrolmentId, String planId, String receiptEmail,
                             PaymentPageLinks links) implements AccountScoped {
}
