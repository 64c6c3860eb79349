package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.ACCESS_DENIED;
import static dk.kantinekort.api.error.RejectionCode.ACCOUNT_BLOCKED;
import static dk.kantinekort.api.error.RejectionCode.ACCOUNT_NOT_FOUND;
import static dk.kantinekort.api.error.RejectionCode.BALANCE_LIMIT_EXCEEDED;
import static dk.kantinekort.api.error.RejectionCode.IDEMPOTENCY_KEY_REUSED;
import static dk.kantinekort.api.error.RejectionCode.INSUFFICIENT_FUNDS;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.PART_SWITCHED_OFF;
import static dk.kantinekort.api.error.RejectionCode.SAME_ACCOUNT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.transfer.TransferCredited;
import dk.kantinekort.api.transfer.TransferDebited;
import dk.kantinekort.api.transfer.TransferMoney;
import dk.kantinekort.api.transfer.TransferReversed;
import dk.kantinekort.command.access.AccountAccess;
import dk.kantinekort.command.transfer.CreditTransfer;
import dk.kantinekort.command.transfer.ReverseTransfer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

/**
 * Overfør: the transfers a {@link CardAccount} sends and receives. Part of the account aggregate, so a debit is
 * decided under the same lock as every purchase: the source pays at once and the transfer process credits the
 * destination, which may refuse (blocked, over the balance limit) — then the debit is reversed. Each step is
 * idempotent by transfer id, so a double click, a retry or a redelivery after a restart moves the money once.
 */
class AccountTransfers {

    private final String accountId;
    private final Supplier<Money> balance;
    private final BooleanSupplier blocked;
    /** Transfers sent from this account, by id, so a repeated request answers the first one. */
    private final Map<String, TransferDebited> sent = new HashMap<>();
    private final Set<String> received = new HashSet<>();
    private final Set<String> reversed = new HashSet<>();

    AccountTransfers(String accountId, Supplier<Money> balance, BooleanSupplier blocked) {
        this.accountId = accountId;
        this.balance = balance;
        this.blocked = blocked;
    }

    /** Debits the source; a citizen in the portal must be able to act on the destination too. */
    @CommandHandler
    void handle(TransferMoney command, AccountAccess access, SchemeParts parts, MetaData metaData) {
        TransferDebited earlier = sent.get(command.transferId());
        if (earlier != null) {
            if (!earlier.toAccountId().equals(command.toAccountId()) || !earlier.amount().equals(command.amount())) {
                throw new RejectedException(IDEMPOTENCY_KEY_REUSED, "The transfer id was used for another transfer");
            }
            return;
        }
        if (!parts.isOn(SchemePart.TRANSFERS)) {
            throw new RejectedException(PART_SWITCHED_OFF, "Transfers are switched off in this municipality");
        }
        if (command.transferId() == null || command.transferId().isBlank() || command.toAccountId() == null
                || command.toAccountId().isBlank()) {
            throw new RejectedException(INVALID_REQUEST, "A transfer needs an id and a destination account");
        }
        if (command.amount() == null || !command.amount().isPositive()
                || command.amount().isGreaterThan(Limits.MAX_DEPOSIT)) {
            throw new RejectedException(INVALID_REQUEST, "A transfer is between 0,01 and " + Limits.MAX_DEPOSIT);
        }
        if (command.toAccountId().equals(accountId)) {
            throw new RejectedException(SAME_ACCOUNT, "A transfer goes to another account");
        }
        String citizen = portalCitizen(metaData);
        if (citizen != null && !access.mayActOn(citizen, command.toAccountId())) {
            // the same answer for an account that is someone else's and one that does not exist
            throw new RejectedException(ACCESS_DENIED, "The citizen may not act on the destination account");
        }
        if (citizen == null && !access.exists(command.toAccountId())) {
            throw new RejectedException(ACCOUNT_NOT_FOUND, "No such destination account");
        }
        if (blocked.getAsBoolean()) {
            throw new RejectedException(ACCOUNT_BLOCKED, "Nothing is transferred from a blocked account");
        }
        if (balance.get().isLessThan(command.amount())) {
            throw new RejectedException(INSUFFICIENT_FUNDS, "The balance does not cover the transfer");
        }
        apply(new TransferDebited(accountId, command.transferId(), command.toAccountId(), command.amount(),
                balance.get().minus(command.amount())));
    }

    /** Credits the destination, like a deposit: not onto a blocked account, never over the balance limit. */
    @CommandHandler
    void handle(CreditTransfer command) {
        if (received.contains(command.transferId())) {
            return;
        }
        if (blocked.getAsBoolean()) {
            throw new RejectedException(ACCOUNT_BLOCKED, "No transfers onto a blocked account");
        }
        Money after = balance.get().plus(command.amount());
        if (after.isGreaterThan(Limits.MAX_BALANCE)) {
            throw new RejectedException(BALANCE_LIMIT_EXCEEDED, "The balance may not exceed " + Limits.MAX_BALANCE);
        }
        apply(new TransferCredited(accountId, command.transferId(), command.fromAccountId(), command.amount(), after));
    }

    /**
     * Gives a refused transfer back to this, its source. Always possible, also onto a blocked account or over the
     * limit: the money was on this account a moment ago.
     */
    @CommandHandler
    void handle(ReverseTransfer command) {
        if (reversed.contains(command.transferId())) {
            return;
        }
        TransferDebited debit = sent.get(command.transferId());
        if (debit == null) {
            throw new RejectedException(INVALID_REQUEST, "No such transfer was sent from this account");
        }
        apply(new TransferReversed(accountId, command.transferId(), debit.toAccountId(), debit.amount(),
                command.reason(), balance.get().plus(debit.amount())));
    }

    /** The citizen who acted in the portal, from the command's metadata; null for staff and the system. */
    private static String portalCitizen(MetaData metaData) {
        if (metaData == null || !Metadata.Channel.PORTAL.name().equals(String.valueOf(metaData.get(Metadata.CHANNEL)))) {
            return null;
        }
        Object actor = metaData.get(Metadata.ACTOR);
        String citizen = Metadata.citizenIdOf(actor == null ? null : actor.toString());
        if (citizen == null) {
            throw new RejectedException(ACCESS_DENIED, "Only a citizen transfers from the portal");
        }
        return citizen;
    }

    @EventSourcingHandler
    void on(TransferDebited event) {
        sent.put(event.transferId(), event);
    }

    @EventSourcingHandler
    void on(TransferCredited event) {
        received.add(event.transferId());
    }

    @EventSourcingHandler
    void on(TransferReversed event) {
        reversed.add(event.transferId());
    }
}
