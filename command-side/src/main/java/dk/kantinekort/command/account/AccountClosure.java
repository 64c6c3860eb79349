package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.ACCOUNT_CLOSED;
import static dk.kantinekort.api.error.RejectionCode.BALANCE_LIMIT_EXCEEDED;
import static dk.kantinekort.api.error.RejectionCode.BALANCE_REMAINING;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.NO_SIBLING;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.schoolyear.AccountClosureScheduled;
import dk.kantinekort.api.schoolyear.BalanceDestination;
import dk.kantinekort.api.schoolyear.CardAccountClosed;
import dk.kantinekort.api.schoolyear.CardAccountReopened;
import dk.kantinekort.api.schoolyear.LeaverBalanceMoved;
import dk.kantinekort.api.schoolyear.LeaverBalanceReceived;
import dk.kantinekort.api.payment.PayoutDestination;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Skoleår: closing a leaver's account (decision record 25). Part of the {@link CardAccount}: a closure is scheduled
 * for a date with where the balance goes; when it comes, the balance is paid out to the responsible person's NemKonto
 * or moved to a sibling's account, never lost, and closing is refused while money would be left behind. A closed
 * account takes no purchase, deposit, unblocking or new card.
 */
class AccountClosure {

    /** The label of a leaver's payout: the NemKonto of the person responsible. */
    static final String NEMKONTO_OF_RESPONSIBLE = PayoutDestination.NEMKONTO_LABEL + " (forældremyndighed)";

    /** A closure taking place: the balance it took, and the sibling's account that receives it (null: none). */
    record Closing(Money amount, String siblingAccountId) {
    }

    private final String accountId;
    private final String citizenId;
    private final Supplier<Money> balance;
    private AccountClosureScheduled scheduled;
    private String closedBy;
    private final Set<String> received = new HashSet<>();

    AccountClosure(String accountId, String citizenId, Supplier<Money> balance) {
        this.accountId = accountId;
        this.citizenId = citizenId;
        this.balance = balance;
    }

    boolean closed() {
        return closedBy != null;
    }

    void refuseIfClosed() {
        if (closed()) {
            throw new RejectedException(ACCOUNT_CLOSED, "The account was closed when the pupil left school");
        }
    }

    /** Schedules (or re-schedules) the closure; the same closure id again changes nothing. */
    void schedule(String closureId, LocalDate closesOn, BalanceDestination destination, String siblingAccountId) {
        if (closureId == null || closureId.isBlank() || closesOn == null || destination == null) {
            throw new RejectedException(INVALID_REQUEST, "A closure needs an id, a date and where the balance goes");
        }
        if (closed()) {
            if (closureId.equals(closedBy)) {
                return;
            }
            refuseIfClosed();
        }
        if (scheduled != null && scheduled.closureId().equals(closureId)) {
            return;
        }
        if (destination == BalanceDestination.SIBLING && (siblingAccountId == null || siblingAccountId.equals(accountId))) {
            throw new RejectedException(NO_SIBLING, "No sibling's account to move the balance to");
        }
        if (destination == BalanceDestination.NONE && balance.get().isPositive()) {
            throw new RejectedException(BALANCE_REMAINING, "The account holds " + balance.get()
                    + ": choose a payout or a sibling's account for it");
        }
        apply(new AccountClosureScheduled(accountId, closureId, closesOn, destination,
                destination == BalanceDestination.SIBLING ? siblingAccountId : null));
    }

    /**
     * The closing day has come: moves the balance where the closure says (refused while money would be left).
     * Answers what was taken and where it goes, or null when the account is closed already.
     */
    Closing takeBalance(String closureId, PersonalDataVault vault) {
        if (closed()) {
            return null;
        }
        if (scheduled == null || !scheduled.closureId().equals(closureId)) {
            throw new RejectedException(INVALID_REQUEST, "No closure " + closureId + " is scheduled");
        }
        Money amount = balance.get();
        if (amount.isPositive()) {
            switch (scheduled.destination()) {
                case NONE -> throw new RejectedException(BALANCE_REMAINING, "The account holds " + amount
                        + ": choose a payout or a sibling's account for it");
                case NEMKONTO -> apply(new BalancePaidOut(accountId, "closure-" + closureId, amount,
                        vault.sealIfKnown(citizenId, NEMKONTO_OF_RESPONSIBLE), Money.ZERO));
                case SIBLING -> apply(new LeaverBalanceMoved(accountId, closureId, scheduled.siblingAccountId(),
                        amount, Money.ZERO));
            }
        }
        return new Closing(amount, amount.isPositive() && scheduled.destination() == BalanceDestination.SIBLING
                ? scheduled.siblingAccountId() : null);
    }

    void markClosed(String closureId, LocalDate on) {
        apply(new CardAccountClosed(accountId, closureId, on));
    }

    /** Opens a closed account again for a returning pupil; answers whether it was closed. */
    boolean reopen(String importId) {
        if (!closed()) {
            return false;
        }
        apply(new CardAccountReopened(accountId, importId));
        return true;
    }

    /** A closing sibling's balance arrives; once per closure, never on a closed account or beyond the limit. */
    void receive(String closureId, String fromAccountId, Money amount) {
        if (received.contains(closureId)) {
            return;
        }
        refuseIfClosed();
        Money after = balance.get().plus(amount);
        if (after.isGreaterThan(Limits.MAX_BALANCE)) {
            throw new RejectedException(BALANCE_LIMIT_EXCEEDED, "The sibling's balance may not exceed "
                    + Limits.MAX_BALANCE);
        }
        apply(new LeaverBalanceReceived(accountId, closureId, fromAccountId, amount, after));
    }

    @EventSourcingHandler
    void on(AccountClosureScheduled event) {
        scheduled = event;
    }

    @EventSourcingHandler
    void on(CardAccountClosed event) {
        closedBy = event.closureId();
    }

    @EventSourcingHandler
    void on(CardAccountReopened event) {
        closedBy = null;
        scheduled = null;
    }

    @EventSourcingHandler
    void on(LeaverBalanceReceived event) {
        received.add(event.closureId());
    }
}
