package dk.kantinekort.api.till;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import dk.kantinekort.api.account.UnitKind;

/** Register a place where tills stand, with the kind of unit it is. */
public record RegisterPlace(@TargetAggregateIdentifier String placeId, String name, UnitKind unitKind) {
}
