package dk.kantinekort.command.till;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.TILL_UNKNOWN;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.PlaceRegistered;
import dk.kantinekort.api.till.PlaceRenamed;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.RenamePlace;
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
    private String name;
    private final Set<String> activeTills = new HashSet<>();

    static final int MAX_NAME = 200;

    protected Place() {
        // for Axon
    }

    @CommandHandler
    public Place(RegisterPlace command) {
        if (!isName(command.name()) || command.unitKind() == null) {
            throw new RejectedException(INVALID_REQUEST, "A place needs a name (at most " + MAX_NAME
                    + " characters) and a unit kind");
        }
        apply(new PlaceRegistered(command.placeId(), command.name().strip(), command.unitKind()));
    }

    /** A new name; the same name again changes nothing. */
    @CommandHandler
    public void handle(RenamePlace command) {
        if (!isName(command.name())) {
            throw new RejectedException(INVALID_REQUEST, "A place needs a name of at most " + MAX_NAME + " characters");
        }
        if (!command.name().strip().equals(name)) {
            apply(new PlaceRenamed(placeId, command.name().strip()));
        }
    }

    @CommandHandler
    public void handle(IssueTillCredential command, TillCredentials registry) {
        if (command.tillId() == null || !command.tillId().matches("[A-Za-z0-9._-]{1,64}")) {
            throw new RejectedException(INVALID_REQUEST, "A till id is 1-64 letters, digits, '.', '_' or '-'");
        }
        if (activeTills.contains(command.tillId())) {
            throw new RejectedException(INVALID_REQUEST, "Till " + command.tillId() + " already has a credential");
        }
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
        name = event.name();
    }

    @EventSourcingHandler
    void on(PlaceRenamed event) {
        name = event.name();
    }

    private static boolean isName(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= MAX_NAME;
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
