package dk.kantinekort.api.scheme;

import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff set the balance under which a till purchase tops up (for agreements made from now on). */
public record ChangeAutoTopUpThreshold(@TargetAggregateIdentifier String schemeId, Money threshold) {
}
