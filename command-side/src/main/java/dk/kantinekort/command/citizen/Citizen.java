package dk.kantinekort.command.citizen;

import static dk.kantinekort.api.error.RejectionCode.IDENTITY_ALREADY_LINKED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.citizen.CardPhotoChanged;
import dk.kantinekort.api.citizen.ChangeCardPhoto;
import dk.kantinekort.api.citizen.ChangeContactDetails;
import dk.kantinekort.api.citizen.CitizenRegistered;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.ContactDetailsChanged;
import dk.kantinekort.api.citizen.RegisterCitizen;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.identity.IdentityLinked;
import dk.kantinekort.api.identity.LinkIdentityToCitizen;
import java.util.Base64;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person known to the system. Personal data only ever appears sealed with the person's own key. */
@Aggregate
public class Citizen {

    /** The largest card photo accepted; the portal downscales to far less. */
    static final int MAX_PHOTO_BYTES = 1024 * 1024;

    @AggregateIdentifier
    private String citizenId;
    private String identity;

    protected Citizen() {
        // for Axon
    }

    @CommandHandler
    public Citizen(RegisterCitizen command) {
        apply(new CitizenRegistered(command.citizenId(), command.cprHash(), command.cpr(), command.name(),
                command.email()));
    }

    /** One login identity per person, so nobody can take over an account by typing someone else's CPR. */
    @CommandHandler
    void handle(LinkIdentityToCitizen command) {
        if (command.subject() == null || command.subject().isBlank()) {
            throw new RejectedException(INVALID_REQUEST, "A login identity is required");
        }
        if (command.subject().equals(identity)) {
            return;
        }
        if (identity != null) {
            throw new RejectedException(IDENTITY_ALREADY_LINKED, "The person has another login identity");
        }
        apply(new IdentityLinked(citizenId, command.subject()));
    }

    @CommandHandler
    void handle(ChangeContactDetails command, PersonalDataVault vault) {
        ContactDetails details = command.details();
        if (details == null || !details.problems().isEmpty()) {
            throw new RejectedException(INVALID_REQUEST, "Contact details are incomplete: " + (details == null
                    ? "none given" : details.problems().stream().map(ContactDetails.Problem::field)
                    .collect(Collectors.joining(", "))));
        }
        apply(new ContactDetailsChanged(citizenId, vault.sealJson(citizenId, details.stripped())));
    }

    @CommandHandler
    void handle(ChangeCardPhoto command, PersonalDataVault vault) {
        byte[] jpeg = command.jpeg();
        if (jpeg == null || jpeg.length < 3 || jpeg.length > MAX_PHOTO_BYTES
                || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new RejectedException(INVALID_REQUEST, "A card photo must be a JPEG of at most 1 MB");
        }
        apply(new CardPhotoChanged(citizenId, vault.seal(citizenId, Base64.getEncoder().encodeToString(jpeg))));
    }

    @EventSourcingHandler
    void on(CitizenRegistered event) {
        citizenId = event.citizenId();
    }

    @EventSourcingHandler
    void on(IdentityLinked event) {
        identity = event.subject();
    }
}
