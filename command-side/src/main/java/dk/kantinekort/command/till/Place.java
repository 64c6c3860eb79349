package dk.kantinekort.command.till;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.TILL_UNKNOWN;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.PlaceRegistered;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.RevokeTillCredential;
import dk.kantinekort.api.till.TillCredentialIssued;
import dk.kantinekort.api.till.TillCredentialRevoked;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A place with tills (a school canteen, the cinema's kiosk); the unit kind decides where a card may pay. */
@Aggregate
public class Place {

    @AggregateIdentifier
    private String placeId;
    private final Set<String> activeTills = new HashSet<>();

    protected Place() {
        // for Axon
    }

    @CommandHandler
    public Place(RegisterPlace command) {
        if (command.name() == null || command.name().isBlank() || command.unitKind() == null) {
            throw new RejectedException(INVALID_REQUEST, "A place needs a name and a unit kind");
        }
        apply(new PlaceRegistered(command.placeId(), command.name().strip(), command.unitKind()));
    }

    @CommandHandler
    public void handle(IssueTillCredential command, TillCredentials registry) {
        if (command.tokenHash() == null || !command.tokenHash().matches("[0-9a-f]{64}")) {
            throw new RejectedException(INVALID_REQUEST, "A till credential is stored as a hex SHA-256 hash");
        }
        if (registry.isCredentialTaken(command.tokenHash())) {
            throw new RejectedException(INVALID_REQUEST, "That credential is already in use");
        }
        apply(new TillCredentialIssued(placeId, command.tillId(), command.tokenHash()));
    }

    @CommandHandler
    public void handle(RevokeTillCredential command) {
        if (!activeTills.contains(command.tillId())) {
            throw new RejectedException(TILL_UNKNOWN, "No active till " + command.tillId() + " at this place");
        }
        apply(new TillCredentialRevoked(placeId, command.tillId()));
    }

    @EventSourcingHandler
    void on(PlaceRegistered event) {
        placeId = event.placeId();
    }

    @EventSourcingHandler
    void on(TillCredentialIssued event) {
        activeTills.add(event.tillId());
    }

    @EventSourcingHandler
    void on(TillCredentialRevoked event) {
        activeTills.remove(event.tillId());
    }
}
