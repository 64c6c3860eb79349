package dk.kantinekort.api.citizen;

import dk.kantinekort.api.access.CitizenScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set the photo printed on a person's cards: a JPEG the portal has already re-encoded and downscaled. */
public record ChangeCardPhoto(@TargetAggregateIdentifier String citizenId, byte[] jpeg) implements CitizenScoped {

    @Override
    public String toString() {
        return "ChangeCardPhoto[citizenId=" + citizenId + ", bytes=" + (jpeg == null ? 0 : jpeg.length) + "]";
    }
}
