package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.CARD_NUMBER_IN_USE;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.account.OpenCardAccount;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.command.card.CardDirectory;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.citizen.CitizenRegistration;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Opens a card account for a person named by CPR, registering the person first when unknown. Idempotent by
 * CPR: a person who already has an account gets that account back, so a school can re-run its import. It lives with
 * the account, which it creates; the person is found and registered through the citizen package's look-ups.
 */
@Component
class AccountOpeningHandler {

    private final PersonalDataVault vault;
    private final CitizenDirectory citizens;
    private final CardDirectory cards;
    private final CitizenRegistration registration;
    private final Repository<CardAccount> accountRepository;

    AccountOpeningHandler(PersonalDataVault vault, CitizenDirectory citizens, CardDirectory cards,
                          CitizenRegistration registration, Repository<CardAccount> accountRepository) {
        this.vault = vault;
        this.citizens = citizens;
        this.cards = cards;
        this.registration = registration;
        this.accountRepository = accountRepository;
    }

    @CommandHandler
    AccountOpening handle(OpenAccountForPerson command) throws Exception {
        if (command.cpr() == null || command.cardNumber() == null || command.name() == null
                || command.name().isBlank()) {
            throw new RejectedException(INVALID_REQUEST, "A person needs a CPR number, a name and a card number");
        }
        return open(command.cpr(), command.name(), command.email(), command.cardNumber(), command.allowedUnits());
    }

    /** Opens (or finds) the person's account, in the current command's unit of work; also the school year's way. */
    AccountOpening open(Cpr cpr, String name, String email, CardNumber cardNumber, Set<UnitKind> allowedUnits)
            throws Exception {
        String cprHash = vault.cprHash(cpr);
        String citizenId = citizens.citizenWithCprHash(cprHash).orElse(null);
        if (citizenId != null) {
            List<CitizenDirectory.OwnedAccount> owned = citizens.accountsOf(citizenId);
            if (!owned.isEmpty()) {
                CitizenDirectory.OwnedAccount first = owned.get(0);
                return new AccountOpening(citizenId, first.accountId(), CardNumber.parse(first.cardNumber()), false);
            }
        }
        if (dk.kantinekort.api.tempcard.TemporaryCardCode.isReserved(cardNumber)) {
            throw new RejectedException(INVALID_REQUEST, "A card number may not have the shape of a temporary card");
        }
        if (cards.isTaken(cardNumber)) {
            throw new RejectedException(CARD_NUMBER_IN_USE, "Card number " + cardNumber + " is already in use");
        }
        if (citizenId == null) {
            citizenId = registration.register(cpr, name, email);
        }
        String accountId = UUID.randomUUID().toString();
        OpenCardAccount open = new OpenCardAccount(accountId, citizenId, null, cardNumber, allowedUnits);
        accountRepository.newInstance(() -> new CardAccount(open, vault));
        return new AccountOpening(citizenId, accountId, cardNumber, true);
    }

}
