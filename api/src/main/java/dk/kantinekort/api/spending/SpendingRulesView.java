package dk.kantinekort.api.spending;

import java.time.Instant;

/** An account's spending rules as the portal and Support show them; {@code changedAt} null when never set. */
public record SpendingRulesView(String accountId, SpendingRules rules, Instant changedAt) {
}
