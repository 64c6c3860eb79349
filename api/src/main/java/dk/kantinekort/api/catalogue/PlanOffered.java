package dk.kantinekort.api.catalogue;

import dk.kantinekort.api.money.Money;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A subscription plan can be joined: the price is charged once per period on a saved payment card. */
@Revision("1")
public record PlanOffered(String planId, String name, String description, Money price, SubscriptionPeriod period,
                          List<String> placeIds) {
}
