package dk.kantinekort.api.citizen;

import dk.kantinekort.api.access.CitizenScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Save a person's contact details ("Gem" on Brugeroplysninger); refused INVALID_REQUEST when a field is wrong. */
public record ChangeContactDetails(@TargetAggregateIdentifier String citizenId, ContactDetails details)
        implements CitizenScoped {
}
