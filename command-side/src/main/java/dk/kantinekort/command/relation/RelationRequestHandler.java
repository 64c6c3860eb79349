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
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * "Tilføj konto" (F3): a request for access to another person's accounts by CPR number and card number. The
 * right pair links at once. Anything else waits for the owner — also when nobody has that CPR number, so the
 * answer never tells whether a person exists — and wrong card numbers are throttled.
 */
@Component
class RelationRequestHandler {

    private final PersonalDataVault vault;
    private final CitizenDirectory citizens;
    private final RelationDirectory relations;
    private final LinkAttempts attempts;
    private final Repository<Relation> relationRepository;

    RelationRequestHandler(PersonalDataVault vault, CitizenDirectory citizens, RelationDirectory relations,
                           LinkAttempts attempts, Repository<Relation> relationRepository) {
        this.vault = vault;
        this.citizens = citizens;
        this.relations = relations;
        this.attempts = attempts;
        this.relationRepository = relationRepository;
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
        boolean proven = ownerId != null && cardGiven && CardNumber.isValid(command.cardNumber())
                && ownsCurrentCard(ownerId, CardNumber.parse(command.cardNumber()));
        if (cardGiven && !proven) {
            attempts.recordWrongCardNumber(command.requesterId());
        }

        Optional<RelationDirectory.OpenLink> open = relations.openLink(command.requesterId(), cprHash);
        if (open.isPresent()) {
            RelationDirectory.OpenLink link = open.get();
            if (link.status() == RelationStatus.PENDING && proven) {
                relationRepository.load(link.relationId()).execute(Relation::approveByCardNumber);
                return new LinkRequestOutcome(link.relationId(), RelationStatus.ACTIVE);
            }
            return new LinkRequestOutcome(link.relationId(), link.status());
        }
        OpenRelation relation = new OpenRelation(command.relationId(), command.requesterId(), ownerId, cprHash,
                command.cpr().masked(), proven);
        relationRepository.newInstance(() -> new Relation(relation));
        return new LinkRequestOutcome(command.relationId(), proven ? RelationStatus.ACTIVE : RelationStatus.PENDING);
    }

    private boolean ownsCurrentCard(String ownerId, CardNumber card) {
        return citizens.accountsOf(ownerId).stream().anyMatch(account -> account.cardNumber().equals(card.value()));
    }
}
