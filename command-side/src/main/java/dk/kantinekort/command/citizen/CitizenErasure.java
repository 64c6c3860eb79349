package dk.kantinekort.command.citizen;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.citizen.ForgetCitizen;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.command.account.AccountErasure;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * "Glem borger" (decision record 16): in one transaction the person's accounts are closed (refused while one holds
 * money), then {@code CitizenForgotten} is recorded, and with it ({@link CitizenDirectory}) the data key and the
 * look-up rows are erased. Forgetting a forgotten person again changes nothing.
 */
@Component
class CitizenErasure {

    private final Repository<Citizen> citizens;
    private final CitizenDirectory directory;
    private final AccountErasure accounts;

    CitizenErasure(Repository<Citizen> citizens, CitizenDirectory directory, AccountErasure accounts) {
        this.citizens = citizens;
        this.directory = directory;
        this.accounts = accounts;
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
        accounts.closeAll(accountIds);
        citizen.execute(person -> person.forget(accountIds, command.reason()));
    }
}
