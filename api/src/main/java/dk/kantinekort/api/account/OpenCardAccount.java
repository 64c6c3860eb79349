package dk.kantinekort.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import dk.kantinekort.api.card.CardNumber;
import java.util.Set;

/** Open a card account for a registered citizen with its first card. */
public record OpenCardAccount(@TargetAggregateIdentifier String accountId, String citizenId, String displayName, CardNumber cardNumber, Set<UnitKind> allowedUnits) {
}
