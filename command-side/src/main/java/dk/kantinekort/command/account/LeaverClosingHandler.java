package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.NO_SIBLING;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.schoolyear.BalanceDestination;
import dk.kantinekort.api.schoolyear.CloseLeaverAccount;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.citizen.PersonalDataVault;
import dk.kantinekort.command.schoolyear.CloseScheduledAccount;
import dk.kantinekort.command.schoolyear.Siblings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Closes leavers' accounts (Skoleår, decision record 25): schedules the closure on the account, and on its day
 * (at once when that is today or earlier; else {@code LeaverClosings} each night) closes it, moving the balance to
 * the sibling's account in the same unit of work. A sibling is an account of the responsible person's other child
 * ({@link Siblings}); a sibling named that is none is refused.
 */
@Component
class LeaverClosingHandler {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final Repository<CardAccount> accounts;
    private final CitizenDirectory citizens;
    private final Siblings siblings;
    private final PersonalDataVault vault;
    private final SchemeParts parts;
    private final Clock clock;

    LeaverClosingHandler(Repository<CardAccount> accounts, CitizenDirectory citizens, Siblings siblings,
                         PersonalDataVault vault, SchemeParts parts, Clock clock) {
        this.accounts = accounts;
        this.citizens = citizens;
        this.siblings = siblings;
        this.vault = vault;
        this.parts = parts;
        this.clock = clock;
    }

    @CommandHandler
    void handle(CloseLeaverAccount command) {
        if (!parts.isOn(SchemePart.SCHOOL_YEAR)) {
            throw new RejectedException(INVALID_REQUEST, "The school year part is switched off");
        }
        if (command.accountId() == null || command.accountId().isBlank()) {
            throw new RejectedException(INVALID_REQUEST, "A closure needs the account");
        }
        String sibling = command.destination() == BalanceDestination.SIBLING ? siblingOf(command) : null;
        accounts.load(command.accountId()).execute(account -> account.scheduleClosure(command.closureId(),
                command.closesOn(), command.destination(), sibling));
        if (!command.closesOn().isAfter(today())) {
            close(command.accountId(), command.closureId());
        }
    }

    @CommandHandler
    void handle(CloseScheduledAccount command) {
        close(command.accountId(), command.closureId());
    }

    private void close(String accountId, String closureId) {
        AccountClosure.Closing closing = accounts.load(accountId)
                .invoke(account -> account.closeAsLeaver(closureId, today(), vault));
        if (closing != null && closing.siblingAccountId() != null) {
            accounts.load(closing.siblingAccountId()).execute(sibling -> sibling.receiveFromLeaver(closureId,
                    accountId, closing.amount()));
        }
    }

    private String siblingOf(CloseLeaverAccount command) {
        String owner = citizens.ownerOf(command.accountId()).orElse(null);
        List<String> found = owner == null ? List.of() : siblings.accountsOf(owner);
        if (command.siblingAccountId() != null) {
            if (!found.contains(command.siblingAccountId())) {
                throw new RejectedException(NO_SIBLING, "That account is not of the responsible person's other child");
            }
            return command.siblingAccountId();
        }
        if (found.size() != 1) {
            throw new RejectedException(NO_SIBLING, found.isEmpty() ? "The pupil has no sibling with an account"
                    : "The pupil has several siblings: name the account");
        }
        return found.get(0);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DANISH_TIME));
    }
}
