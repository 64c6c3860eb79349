package dk.kantinekort.command.relation;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.TOO_MANY_ATTEMPTS;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.relation.LinkRequestOutcome;
import dk.kantinekort.api.relation.OpenRelation;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * "Tilføj konto" (F3): a request for access to another person's accounts by CPR number and card number. The CPR
 * number of a person under 18 with the number of their current, unblocked card links at once (a parent); anything
 * else waits for the owner — adults always, and also when nobody has that CPR number, so the answer never tells
 * whether a person exists. Card numbers that are not the owner's current, unblocked card are throttled.
 */
@Component
class RelationRequestHandler {

    private final PersonalDataVault vault;
    private final CitizenDirectory citizens;
    private final RelationDirectory relations;
    private final LinkAttempts attempts;
    private final Repository<Relation> relationRepository;
    private final Clock clock;

    RelationRequestHandler(PersonalDataVault vault, CitizenDirectory citizens, RelationDirectory relations,
                           LinkAttempts attempts, Repository<Relation> relationRepository, Clock clock) {
        this.vault = vault;
        this.citizens = citizens;
        this.relations = relations;
        this.attempts = attempts;
        this.relationRepository = relationRepository;
        this.clock = clock;
    }

    @CommandHandler
    LinkRequestOutcome handle(RequestAccountLink command) throws Exception {
        if (command.cpr() == null || command.requesterId() == null || command.relationId() == null) {
            throw new RejectedException(INVALID_REQUEST, "A link request needs a CPR number");
        }
        if (attempts.throttled(command.requesterId())) {
            throw new RejectedException(TOO_MANY_ATTEMPTS, "Too many wrong card numbers; try again later");
        }
        String cprHash = vault.cprHash(command.cpr());
        String ownerId = citizens.citizenWithCprHash(cprHash).orElse(null);
        if (command.requesterId().equals(ownerId)) {
            throw new RejectedException(INVALID_REQUEST, "That is the requester's own CPR number");
        }
        boolean cardGiven = command.cardNumber() != null && !command.cardNumber().isBlank();
        // only the owner's current, unblocked card proves anything: a blocked card may be a lost or stolen one
        boolean currentCard = ownerId != null && cardGiven && CardNumber.isValid(command.cardNumber())
                && ownsCurrentUnblockedCard(ownerId, CardNumber.parse(command.cardNumber()));
        if (cardGiven && !currentCard) {
            attempts.recordWrongCardNumber(command.requesterId());
        }
        LocalDate bornOn = command.cpr().dateOfBirth().orElse(null);

        Optional<RelationDirectory.OpenLink> open = relations.openLink(command.requesterId(), cprHash);
        if (open.isPresent()) {
            RelationDirectory.OpenLink link = open.get();
            if (link.status() == RelationStatus.PENDING && currentCard) {
                RelationStatus after = relationRepository.load(link.relationId())
                        .invoke(relation -> relation.proveWithCurrentCard(bornOn, clock));
                return new LinkRequestOutcome(link.relationId(), after);
            }
            return new LinkRequestOutcome(link.relationId(), link.status());
        }
        // what the requester typed about the owner is the owner's to forget; typed about nobody here, the requester's
        String sealedFor = ownerId != null ? ownerId : command.requesterId();
        OpenRelation relation = new OpenRelation(command.relationId(), command.requesterId(), ownerId,
                vault.sealIfKnown(sealedFor, command.cpr().digits()), currentCard, bornOn,
                cardGiven ? vault.sealIfKnown(sealedFor, command.cardNumber().strip()) : null);
        RelationStatus status = relationRepository.newInstance(() -> new Relation(relation, clock))
                .invoke(Relation::status);
        return new LinkRequestOutcome(command.relationId(), status);
    }

    private boolean ownsCurrentUnblockedCard(String ownerId, CardNumber card) {
        return citizens.accountsOf(ownerId).stream()
                .anyMatch(account -> !account.blocked() && account.cardNumber().equals(card.value()));
    }
}
