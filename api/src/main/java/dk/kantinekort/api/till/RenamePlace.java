package dk.kantinekort.api.till;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a place a new name; its tills, unit kind and history stay. */
public record RenamePlace(@TargetAggregateIdentifier String placeId, String name) {
}
