package dk.kantinekort.api.spending;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The account's owner, a citizen with an approved link to the owner, or staff set the account's spending rules; the
 * new rules replace the old ones and apply from the very next purchase.
 */
public record ChangeSpendingRules(@TargetAggregateIdentifier String accountId, SpendingRules rules)
        implements AccountScoped {
}
