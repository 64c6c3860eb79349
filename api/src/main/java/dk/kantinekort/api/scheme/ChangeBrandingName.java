package dk.kantinekort.api.scheme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff set the name of the card scheme the portal shows (e.g. "GladsaxeKortet"). */
public record ChangeBrandingName(@TargetAggregateIdentifier String schemeId, String name) {
}
