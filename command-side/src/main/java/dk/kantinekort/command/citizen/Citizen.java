package dk.kantinekort.command.citizen;

import static dk.kantinekort.api.error.RejectionCode.IDENTITY_ALREADY_LINKED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.citizen.CardPhotoChanged;
import dk.kantinekort.api.citizen.ChangeCardPhoto;
import dk.kantinekort.api.citizen.ChangeContactDetails;
import dk.kantinekort.api.citizen.CitizenForgotten;
import dk.kantinekort.api.citizen.CitizenRegistered;
import dk.kantinekort.api.citizen.ForgetReason;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.ContactDetailsChanged;
import dk.kantinekort.api.citizen.RegisterCitizen;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.identity.IdentityLinked;
import dk.kantinekort.api.identity.LinkIdentityToCitizen;
import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.meta.Metadata;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person known to the system. Personal data only ever appears sealed with the person's own key. */
@Aggregate
public class Citizen {

    /** The largest card photo accepted; the portal downscales to far less. */
    static final int MAX_PHOTO_BYTES = 1024 * 1024;

    @AggregateIdentifier
    private String citizenId;
    /** The login identity, sealed as in the event. */
    private SealedData identity;
    private SealedData registeredEmail;
    private SealedData details;
    private boolean forgotten;

    protected Citizen() {
        // for Axon
    }

    @CommandHandler
    public Citizen(RegisterCitizen command) {
        apply(new CitizenRegistered(command.citizenId(), command.cpr(), command.name(),
                command.email()));
    }

    /** One login identity per person, so nobody can take over an account by typing someone else's CPR. */
    @CommandHandler
    void handle(LinkIdentityToCitizen command, PersonalDataVault vault) {
        if (command.subject() == null || command.subject().isBlank()) {
            throw new RejectedException(INVALID_REQUEST, "A login identity is required");
        }
        if (identity != null && command.subject().equals(vault.open(identity))) {
            return;
        }
        if (identity != null) {
            throw new RejectedException(IDENTITY_ALREADY_LINKED, "The person has another login identity");
        }
        apply(new IdentityLinked(citizenId, vault.seal(citizenId, command.subject())));
    }

    /**
     * Saves the contact details, recording who changed them (the citizen acting in the portal) and the e-mail the
     * person had before, sealed, so a change made by a linked person reaches the owner at the old address.
     */
    @CommandHandler
    void handle(ChangeContactDetails command, PersonalDataVault vault, MetaData metaData) {
        ContactDetails changed = command.details();
        if (changed == null || !changed.problems().isEmpty()) {
            throw new RejectedException(INVALID_REQUEST, "Contact details are incomplete: " + (changed == null
                    ? "none given" : changed.problems().stream().map(ContactDetails.Problem::field)
                    .collect(Collectors.joining(", "))));
        }
        ContactDetails next = changed.stripped();
        ContactDetails before = details == null ? null
                : ContactDirectory.parseDetails(vault.handle(new RevealPersonalData(details)));
        String previousEmail = before != null && before.email() != null ? before.email()
                : registeredEmail == null ? null : vault.handle(new RevealPersonalData(registeredEmail));
        apply(new ContactDetailsChanged(citizenId, vault.sealJson(citizenId, next), actingCitizen(metaData),
                vault.seal(citizenId, previousEmail), changedFields(before, next, previousEmail)));
    }

    /** The citizen who acted in the portal, from the command's actor; null for staff and the system. */
    private static String actingCitizen(MetaData metaData) {
        Object actor = metaData == null ? null : metaData.get(Metadata.ACTOR);
        String prefix = Metadata.citizen("");
        return Metadata.Channel.PORTAL.name().equals(String.valueOf(metaData == null ? null
                : metaData.get(Metadata.CHANNEL))) && actor instanceof String a && a.startsWith(prefix)
                ? a.substring(prefix.length()) : null;
    }

    private static List<String> changedFields(ContactDetails before, ContactDetails next, String previousEmail) {
        List<String> fields = new ArrayList<>();
        if (before == null || !Objects.equals(before.name(), next.name())) fields.add("name");
        if (!Objects.equals(previousEmail, next.email())) fields.add("email");
        if (before == null || !Objects.equals(before.address(), next.address())) fields.add("address");
        if (before == null || !Objects.equals(before.postalCode(), next.postalCode())) fields.add("postalCode");
        if (before == null || !Objects.equals(before.city(), next.city())) fields.add("city");
        if (before == null ? next.phone() != null : !Objects.equals(before.phone(), next.phone())) fields.add("phone");
        if (before == null ? next.mobile() != null : !Objects.equals(before.mobile(), next.mobile())) {
            fields.add("mobile");
        }
        return fields;
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

    public boolean forgotten() {
        return forgotten;
    }

    /**
     * Skoleår: the school administration's register names the pupil differently; the contact details on file keep
     * everything else (with no details yet, the registered e-mail). Staff's change, so no one is told by mail.
     */
    public void renameFromSchoolRegister(String name, PersonalDataVault vault) {
        if (forgotten || name == null || name.isBlank()) {
            return;
        }
        ContactDetails before = details == null ? null
                : ContactDirectory.parseDetails(vault.handle(new RevealPersonalData(details)));
        String email = before != null ? before.email()
                : registeredEmail == null ? null : vault.handle(new RevealPersonalData(registeredEmail));
        ContactDetails next = before == null
                ? new ContactDetails(name.strip(), email, null, null, null, null, null)
                : new ContactDetails(name.strip(), before.email(), before.address(), before.postalCode(),
                before.city(), before.phone(), before.mobile());
        apply(new ContactDetailsChanged(citizenId, vault.sealJson(citizenId, next), null, vault.seal(citizenId, email),
                List.of("name")));
    }

    /** Records that the person is forgotten; the key and look-up rows go with this event ({@link CitizenDirectory}). */
    public void forget(List<String> accountIds, ForgetReason reason) {
        if (!forgotten) {
            apply(new CitizenForgotten(citizenId, List.copyOf(accountIds), reason));
        }
    }

    @EventSourcingHandler
    void on(CitizenForgotten event) {
        forgotten = true;
        identity = null;
        details = null;
        registeredEmail = null;
    }

    @EventSourcingHandler
    void on(CitizenRegistered event) {
        citizenId = event.citizenId();
        registeredEmail = event.email();
    }

    @EventSourcingHandler
    void on(ContactDetailsChanged event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(IdentityLinked event) {
        identity = event.subject();
    }
}
