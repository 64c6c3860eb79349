package dk.kantinekort.api.scheme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff set how citizens reach support: phone, e-mail and opening hours (the municipality's, not a person's). */
public record ChangeSupportContact(@TargetAggregateIdentifier String schemeId, String phone, String email,
                                   String hours) {
}
