package dk.kantinekort.api.subscription;

import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An account is joining a plan; it waits for a saved payment card. {@code cardFee}: the payment-card fee rule the
 * enrolment keeps for every period; null in enrolments stored before card fees existed (charged without a fee). {@code madeBy}: the citizen who
 * enrolled (the owner or a linked person; the enrolment ends when that link ends).
 */
@Revision("1")
public record EnrolmentRequested(String enrolmentId, String accountId, String planId, String planName, Money price,
                                 SubscriptionPeriod period, Instant expiresAt, FeeRule cardFee,
                                 String madeBy) {
}
