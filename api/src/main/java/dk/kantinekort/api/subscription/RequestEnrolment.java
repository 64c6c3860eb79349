package dk.kantinekort.api.subscription;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens an enrolment at the plan's current terms (sent by StartEnrolment's handler). */
public record RequestEnrolment(@TargetAggregateIdentifier String enrolmentId, String accountId, String planId,
                               String planName, Money price, SubscriptionPeriod period) implements AccountScoped {
}
