package dk.kantinekort.api.catalogue;

import dk.kantinekort.api.money.Money;
import java.util.List;

/** A subscription plan as the Abonnementer page shows it. */
public record PlanView(String planId, String name, String description, Money price, SubscriptionPeriod period,
                       List<String> placeIds, boolean withdrawn) {
}
