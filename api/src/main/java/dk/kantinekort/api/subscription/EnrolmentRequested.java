package dk.kantinekort.api.subscription;

import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.money.Money;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An account is joining a plan; it waits for a saved payment card. */
@Revision("1")
public record EnrolmentRequested(String enrolmentId, String accountId, String planId, String planName, Money price,
                                 SubscriptionPeriod period, Instant expiresAt) {
}
