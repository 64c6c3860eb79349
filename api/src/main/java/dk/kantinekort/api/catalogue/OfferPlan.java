package dk.kantinekort.api.catalogue;

import dk.kantinekort.api.money.Money;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff offer a subscription plan (Abonnementer, F14) at one or more places. */
public record OfferPlan(@TargetAggregateIdentifier String planId, String name, String description, Money price,
                        SubscriptionPeriod period, List<String> placeIds) {
}
