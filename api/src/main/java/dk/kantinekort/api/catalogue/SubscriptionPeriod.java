package dk.kantinekort.api.catalogue;

/** How often a subscription plan is charged. */
public enum SubscriptionPeriod {
    WEEK,
    MONTH
}
