package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.NOTHING_TO_PAY_OUT;
import static dk.kantinekort.api.error.RejectionCode.NO_PAYOUT_REQUESTED;
import static dk.kantinekort.api.error.RejectionCode.PAYOUT_ALREADY_REQUESTED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ApprovePayout;
import dk.kantinekort.api.payment.PayoutRejected;
import dk.kantinekort.api.payment.PayoutRequested;
import dk.kantinekort.api.payment.RejectPayout;
import dk.kantinekort.api.payment.RequestPayout;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Udbetaling (F8): a request to pay the balance out to a bank account, decided by staff. Part of the
 * {@link CardAccount} aggregate; a blocked card may be paid out too. The bank account is sealed with the owner's
 * key in the event, and shown masked.
 */
class AccountPayout {

    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("\\d{4}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{1,10}");
    private static final int MAX_REASON = 500;

    private final String accountId;
    private final String citizenId;
    private final Supplier<Money> balance;
    private PayoutRequested pending;
    private final Set<String> decided = new HashSet<>();

    AccountPayout(String accountId, String citizenId, Supplier<Money> balance) {
        this.accountId = accountId;
        this.citizenId = citizenId;
        this.balance = balance;
    }

    @CommandHandler
    void handle(RequestPayout command, PersonalDataVault vault) {
        if (pending != null) {
            if (pending.payoutId().equals(command.payoutId())) {
                return;
            }
            throw new RejectedException(PAYOUT_ALREADY_REQUESTED, "A payout request is waiting for staff");
        }
        String registration = digits(command.registrationNumber());
        String number = digits(command.bankAccountNumber());
        if (!REGISTRATION_NUMBER.matcher(registration).matches() || !ACCOUNT_NUMBER.matcher(number).matches()) {
            throw new RejectedException(INVALID_REQUEST, "reg.nr. is 4 digits and kontonr. 1-10 digits");
        }
        if (!balance.get().isPositive()) {
            throw new RejectedException(NOTHING_TO_PAY_OUT, "The balance is zero");
        }
        apply(new PayoutRequested(accountId, command.payoutId(), balance.get(),
                vault.sealJson(citizenId, Map.of("registrationNumber", registration, "accountNumber", number)),
                registration + " " + "*".repeat(Math.max(0, number.length() - 4))
                        + number.substring(Math.max(0, number.length() - 4))));
    }

    private static String digits(String value) {
        return value == null ? "" : value.replaceAll("[\\s-]", "");
    }

    /** Pays out the balance as it is now (purchases since the request count), emptying the account. */
    @CommandHandler
    Money handle(ApprovePayout command) {
        if (decided.contains(command.payoutId())) {
            return balance.get();
        }
        requirePending(command.payoutId());
        if (!balance.get().isPositive()) {
            throw new RejectedException(NOTHING_TO_PAY_OUT, "The balance is zero; reject the request instead");
        }
        Money amount = balance.get();
        apply(new BalancePaidOut(accountId, command.payoutId(), amount, pending.bankAccountMasked(), Money.ZERO));
        return amount;
    }

    @CommandHandler
    void handle(RejectPayout command) {
        if (decided.contains(command.payoutId())) {
            return;
        }
        requirePending(command.payoutId());
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new RejectedException(INVALID_REQUEST, "A rejection needs a reason of at most 500 characters");
        }
        apply(new PayoutRejected(accountId, command.payoutId(), reason));
    }

    private void requirePending(String payoutId) {
        if (pending == null || !pending.payoutId().equals(payoutId)) {
            throw new RejectedException(NO_PAYOUT_REQUESTED, "No such payout request is waiting");
        }
    }

    @EventSourcingHandler
    void on(PayoutRequested event) {
        pending = event;
    }

    @EventSourcingHandler
    void on(BalancePaidOut event) {
        decided.add(event.payoutId());
        if (pending != null && pending.payoutId().equals(event.payoutId())) {
            pending = null;
        }
    }

    @EventSourcingHandler
    void on(PayoutRejected event) {
        decided.add(event.payoutId());
        pending = null;
    }
}
