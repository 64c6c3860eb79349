package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.ACCESS_DENIED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.NOTHING_TO_PAY_OUT;
import static dk.kantinekort.api.error.RejectionCode.NO_PAYOUT_REQUESTED;
import static dk.kantinekort.api.error.RejectionCode.PAYOUT_ALREADY_REQUESTED;
import static dk.kantinekort.api.error.RejectionCode.PAYOUT_NOT_CONFIRMED;
import static dk.kantinekort.api.error.RejectionCode.TYPED_BANK_ACCOUNT_NOT_ALLOWED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.payment.ApprovePayout;
import dk.kantinekort.api.payment.ConfirmPayoutAccount;
import dk.kantinekort.api.payment.PayoutAccountConfirmed;
import dk.kantinekort.api.payment.PayoutDestination;
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
import org.axonframework.messaging.MetaData;

/**
 * Udbetaling (F8): a request to pay the balance out, decided by staff. Part of the {@link CardAccount} aggregate; a
 * blocked card may be paid out too. It goes to the owner's NemKonto unless the municipality allows a typed bank
 * account ({@link PayoutPolicy}); a typed account is sealed with the owner's key in the event, shown masked, and
 * waits for the owner's own confirmation when anyone else (a linked person, staff) named it.
 */
class AccountPayout {

    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("\\d{4}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{1,10}");
    private static final int MAX_REASON = 500;

    private final String accountId;
    private final String citizenId;
    private final Supplier<Money> balance;
    private PayoutRequested pending;
    private boolean confirmed;
    private final Set<String> decided = new HashSet<>();

    AccountPayout(String accountId, String citizenId, Supplier<Money> balance) {
        this.accountId = accountId;
        this.citizenId = citizenId;
        this.balance = balance;
    }

    @CommandHandler
    void handle(RequestPayout command, PersonalDataVault vault, PayoutPolicy policy, MetaData metaData) {
        if (pending != null) {
            if (pending.payoutId().equals(command.payoutId())) {
                return;
            }
            throw new RejectedException(PAYOUT_ALREADY_REQUESTED, "A payout request is waiting for staff");
        }
        String registration = digits(command.registrationNumber());
        String number = digits(command.bankAccountNumber());
        boolean typed = !registration.isEmpty() || !number.isEmpty();
        if (typed && !policy.typedBankAccountAllowed()) {
            throw new RejectedException(TYPED_BANK_ACCOUNT_NOT_ALLOWED,
                    "Payouts go to the owner's NemKonto; a typed bank account is not allowed");
        }
        if (typed && (!REGISTRATION_NUMBER.matcher(registration).matches()
                || !ACCOUNT_NUMBER.matcher(number).matches())) {
            throw new RejectedException(INVALID_REQUEST, "reg.nr. is 4 digits and kontonr. 1-10 digits");
        }
        if (!balance.get().isPositive()) {
            throw new RejectedException(NOTHING_TO_PAY_OUT, "The balance is zero");
        }
        String requestedBy = portalCitizen(metaData);
        if (!typed) {
            apply(new PayoutRequested(accountId, command.payoutId(), balance.get(), null,
                    vault.sealIfKnown(citizenId, PayoutDestination.NEMKONTO_LABEL), PayoutDestination.NEMKONTO, false, requestedBy));
            return;
        }
        apply(new PayoutRequested(accountId, command.payoutId(), balance.get(),
                vault.sealJson(citizenId, Map.of("registrationNumber", registration, "accountNumber", number)),
                vault.sealIfKnown(citizenId, registration + " " + "*".repeat(Math.max(0, number.length() - 4))
                        + number.substring(Math.max(0, number.length() - 4))),
                PayoutDestination.TYPED_ACCOUNT, !citizenId.equals(requestedBy), requestedBy));
    }

    /** The owner, logged in as themselves, confirms the typed bank account someone else named. */
    @CommandHandler
    void handle(ConfirmPayoutAccount command, MetaData metaData) {
        if (decided.contains(command.payoutId())) {
            return;
        }
        requirePending(command.payoutId());
        if (!citizenId.equals(portalCitizen(metaData))) {
            throw new RejectedException(ACCESS_DENIED, "Only the account owner confirms a payout's bank account");
        }
        if (pending.awaitingOwnerConfirmation() && !confirmed) {
            apply(new PayoutAccountConfirmed(accountId, command.payoutId(), citizenId));
        }
    }

    /** The citizen who acted in the portal, from the command's metadata; null for staff and the system. */
    private static String portalCitizen(MetaData metaData) {
        if (metaData == null || !Metadata.Channel.PORTAL.name().equals(String.valueOf(metaData.get(Metadata.CHANNEL)))) {
            return null;
        }
        String prefix = Metadata.citizen("");
        return metaData.get(Metadata.ACTOR) instanceof String actor && actor.startsWith(prefix)
                ? actor.substring(prefix.length()) : null;
    }

    private static String digits(String value) {
        return value == null ? "" : value.replaceAll("[\\s-]", "");
    }

    /** Pays out the balance as it is now (purchases since the request count), emptying the account. */
    @CommandHandler
    Money handle(ApprovePayout command, PersonalDataVault vault) {
        if (decided.contains(command.payoutId())) {
            return balance.get();
        }
        requirePending(command.payoutId());
        if (pending.awaitingOwnerConfirmation() && !confirmed) {
            throw new RejectedException(PAYOUT_NOT_CONFIRMED,
                    "The account owner has not confirmed the typed bank account yet");
        }
        if (!balance.get().isPositive()) {
            throw new RejectedException(NOTHING_TO_PAY_OUT, "The balance is zero; reject the request instead");
        }
        Money amount = balance.get();
        apply(new BalancePaidOut(accountId, command.payoutId(), amount,
                pending.bankAccountMasked(), Money.ZERO));
        return amount;
    }

    @CommandHandler
    void handle(RejectPayout command, PersonalDataVault vault) {
        if (decided.contains(command.payoutId())) {
            return;
        }
        requirePending(command.payoutId());
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new RejectedException(INVALID_REQUEST, "A rejection needs a reason of at most 500 characters");
        }
        apply(new PayoutRejected(accountId, command.payoutId(), vault.sealIfKnown(citizenId, reason)));
    }

    private void requirePending(String payoutId) {
        if (pending == null || !pending.payoutId().equals(payoutId)) {
            throw new RejectedException(NO_PAYOUT_REQUESTED, "No such payout request is waiting");
        }
    }

    @EventSourcingHandler
    void on(PayoutRequested event) {
        pending = event;
        confirmed = false;
    }

    @EventSourcingHandler
    void on(PayoutAccountConfirmed event) {
        confirmed = true;
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
