package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.citizen.ForgetCitizen;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.command.citizen.Citizen;
import dk.kantinekort.command.citizen.CitizenDirectory;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * "Glem borger" (decision record 16): in one transaction each of the person's card accounts closes itself (refused
 * while one holds money), then {@code CitizenForgotten} is recorded and, with it ({@link CitizenDirectory}), the data
 * key and the look-up rows are erased. Forgetting a forgotten person again changes nothing. It lives beside the
 * accounts because it closes them; the citizen side knows nothing of accounts.
 */
@Component
class CitizenErasure {

    private final Repository<Citizen> citizens;
    private final Repository<CardAccount> accounts;
    private final CitizenDirectory directory;

    CitizenErasure(Repository<Citizen> citizens, Repository<CardAccount> accounts, CitizenDirectory directory) {
        this.citizens = citizens;
        this.accounts = accounts;
        this.directory = directory;
    }

    @CommandHandler
    void handle(ForgetCitizen command) {
        if (command.citizenId() == null || command.citizenId().isBlank() || command.reason() == null) {
            throw new RejectedException(INVALID_REQUEST, "Forgetting a person needs the person and a reason");
        }
        Aggregate<Citizen> citizen = citizens.load(command.citizenId());
        if (Boolean.TRUE.equals(citizen.invoke(Citizen::forgotten))) {
            return;
        }
        List<String> accountIds = directory.accountsOf(command.citizenId()).stream()
                .map(CitizenDirectory.OwnedAccount::accountId).toList();
        for (String accountId : accountIds) {
            accounts.load(accountId).execute(CardAccount::closeForErasure);
        }
        citizen.execute(person -> person.forget(accountIds, command.reason()));
    }
}
