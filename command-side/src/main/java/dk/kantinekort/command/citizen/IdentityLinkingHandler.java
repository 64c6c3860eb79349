package dk.kantinekort.command.citizen;

import static dk.kantinekort.api.error.RejectionCode.CPR_LINKED_TO_OTHER_IDENTITY;
import static dk.kantinekort.api.error.RejectionCode.CPR_NOT_CONFIRMED;
import static dk.kantinekort.api.error.RejectionCode.IDENTITY_ALREADY_LINKED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.identity.LinkIdentity;
import dk.kantinekort.api.identity.LinkIdentityToCitizen;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * First login (F1): links a login identity to the person with the CPR number typed, registering the person
 * when unknown, but only when the typed number is the one the login broker asserts for the identity: a typed
 * number alone never takes over a person. Anything else, also an identity the broker asserts no CPR number for,
 * is refused with {@code CPR_NOT_CONFIRMED} before any look-up, so the answer is the same whether the number is
 * known or not. A confirmed number whose person has another identity is refused too.
 */
@Component
class IdentityLinkingHandler {

    private static final String UNNAMED = "MitID-bruger";

    private final PersonalDataVault vault;
    private final CitizenDirectory citizens;
    private final IdentityDirectory identities;
    private final CitizenRegistration registration;
    private final Repository<Citizen> citizenRepository;

    IdentityLinkingHandler(PersonalDataVault vault, CitizenDirectory citizens, IdentityDirectory identities,
                           CitizenRegistration registration, Repository<Citizen> citizenRepository) {
        this.vault = vault;
        this.citizens = citizens;
        this.identities = identities;
        this.registration = registration;
        this.citizenRepository = citizenRepository;
    }

    @CommandHandler
    String handle(LinkIdentity command) throws Exception {
        if (command.cpr() == null || CitizenRegistration.isBlank(command.subject())) {
            throw new RejectedException(INVALID_REQUEST, "A login identity and a CPR number are required");
        }
        if (!command.cpr().equals(command.assertedCpr())) {
            // never the numbers in the text: it may reach a log
            throw new RejectedException(CPR_NOT_CONFIRMED,
                    "The CPR number typed is not the one the login broker asserts for the identity");
        }
        String cprHash = vault.cprHash(command.cpr());
        Optional<String> person = citizens.citizenWithCprHash(cprHash);
        Optional<String> linked = identities.citizenOf(command.subject());
        if (linked.isPresent()) {
            if (linked.equals(person)) {
                return linked.get(); // the same answer again: a double click or a retried request
            }
            throw new RejectedException(IDENTITY_ALREADY_LINKED, "The login identity belongs to another person");
        }
        if (person.isPresent() && identities.identityOf(person.get()).isPresent()) {
            throw new RejectedException(CPR_LINKED_TO_OTHER_IDENTITY,
                    "The CPR number belongs to a person with another login identity");
        }
        String citizenId = person.isPresent() ? person.get() : registration.register(command.cpr(),
                CitizenRegistration.isBlank(command.name()) ? UNNAMED : command.name(), command.email());
        citizenRepository.load(citizenId)
                .execute(citizen -> citizen.handle(new LinkIdentityToCitizen(citizenId, command.subject()), vault));
        return citizenId;
    }
}
