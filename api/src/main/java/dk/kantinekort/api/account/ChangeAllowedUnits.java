package dk.kantinekort.api.account;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.util.Set;

/** Set the kinds of units where the card may be used. */
public record ChangeAllowedUnits(@TargetAggregateIdentifier String accountId, Set<UnitKind> allowedUnits) implements AccountScoped {
}
