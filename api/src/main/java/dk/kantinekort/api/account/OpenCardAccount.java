package dk.kantinekort.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import dk.kantinekort.api.card.CardNumber;
import java.util.Set;

/**
 * Open a card account for a registered citizen with its first card. {@code name} is an optional name of the
 * account (null: the portal's usual name for a card account); the command side seals it.
 */
public record OpenCardAccount(@TargetAggregateIdentifier String accountId, String citizenId, String name, CardNumber cardNumber, Set<UnitKind> allowedUnits) {
}
