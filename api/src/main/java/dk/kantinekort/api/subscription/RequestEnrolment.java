package dk.kantinekort.api.subscription;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens an enrolment at the plan's current terms and the payment-card fee rule in force (sent by StartEnrolment's
 * handler); every period is charged price + {@code cardFee.feeFor(price)}.
 */
public record RequestEnrolment(@TargetAggregateIdentifier String enrolmentId, String accountId, String planId,
                               String planName, Money price, SubscriptionPeriod period, FeeRule cardFee) implements AccountScoped {
}
