package dk.kantinekort.command.account;

import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.schoolyear.RowAction;
import dk.kantinekort.command.citizen.Citizen;
import dk.kantinekort.command.citizen.PersonalDataVault;
import dk.kantinekort.command.schoolyear.ApplyPupilRow;
import dk.kantinekort.command.schoolyear.PupilRows;
import dk.kantinekort.command.schoolyear.SchoolYearImport;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Applies one row of a pupil file (Skoleår) in one unit of work: a new pupil gets a person and a card account (the
 * way {@link AccountOpeningHandler} opens them), a new name goes to the person's details, and the import records
 * the row as applied (with the school and class, which {@code PupilPlacements} keeps) or refused. A line the import
 * handled already changes nothing. It lives beside the account because it opens accounts.
 */
@Component
class PupilRowHandler {

    private final Repository<SchoolYearImport> imports;
    private final Repository<Citizen> citizens;
    private final Repository<CardAccount> accounts;
    private final PupilRows rows;
    private final AccountOpeningHandler opening;
    private final PersonalDataVault vault;

    PupilRowHandler(Repository<SchoolYearImport> imports, Repository<Citizen> citizens,
                    Repository<CardAccount> accounts, PupilRows rows, AccountOpeningHandler opening,
                    PersonalDataVault vault) {
        this.imports = imports;
        this.citizens = citizens;
        this.accounts = accounts;
        this.rows = rows;
        this.opening = opening;
        this.vault = vault;
    }

    @CommandHandler
    RowAction handle(ApplyPupilRow command) throws Exception {
        Aggregate<SchoolYearImport> importing = imports.load(command.importId());
        int line = command.row().line();
        if (Boolean.TRUE.equals(importing.invoke(i -> i.handled(line)))) {
            return null;
        }
        PupilRows.Decision decision = rows.decide(command.row(), command.fileRefusal());
        if (decision.action() == RowAction.REFUSED) {
            importing.execute(i -> i.refused(line, decision.refusal()));
            return RowAction.REFUSED;
        }
        String accountId = decision.accountId();
        String citizenId = decision.citizenId();
        if (decision.action() == RowAction.OPEN) {
            AccountOpening opened = opening.open(decision.cpr(), decision.name(), null, decision.card(), null);
            accountId = opened.accountId();
            citizenId = opened.citizenId();
        } else {
            if (decision.action() == RowAction.REOPEN) {
                accounts.load(accountId).execute(account -> account.reopenForReturningPupil(command.importId(),
                        decision.card()));
            }
            if (decision.renamed()) {
                citizens.load(citizenId).execute(person -> person.renameFromSchoolRegister(decision.name(), vault));
            }
        }
        String account = accountId;
        String citizen = citizenId;
        importing.execute(i -> i.applied(line, decision.action(), account, citizen, decision.schoolId(),
                decision.className()));
        return decision.action();
    }
}
