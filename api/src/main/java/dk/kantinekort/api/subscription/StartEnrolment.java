package dk.kantinekort.api.subscription;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.payment.PaymentPageLinks;

/**
 * Tilmeld (F14): joins the account to a plan; the answer's hosted page saves the payment card each period is
 * charged on. Answers a {@link dk.kantinekort.api.payment.PaymentCheckout} with a zero amount.
 */
public record StartEnrolment(String accountId, String enrolmentId, String planId, String receiptEmail,
                             PaymentPageLinks links) implements AccountScoped {
}
