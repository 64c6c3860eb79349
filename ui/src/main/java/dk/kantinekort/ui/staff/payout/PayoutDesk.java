package dk.kantinekort.ui.staff.payout;

import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ApprovePayout;
import dk.kantinekort.api.payment.ListPayoutRequests;
import dk.kantinekort.api.payment.PayoutView;
import dk.kantinekort.api.payment.RejectPayout;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Udbetalinger (F8, F16): the payout requests waiting for staff, with the holder's name, and the decisions.
 * A request decided here leaves the list at once, also before the read side has seen the decision.
 */
class PayoutDesk {

    /** At most this long, like the reason field of the admin API. */
    static final int MAX_REASON = 500;

    /** One request as the page lists it; the amount is the balance when it was requested. */
    record Row(String payoutId, String accountId, String holderName, String cardNumber, Money amount,
               String bankAccountMasked, Instant requestedAt) {
    }

    private final StaffQueries queries;
    private final StaffCommands commands;
    private final Set<String> decided = new HashSet<>();

    PayoutDesk(StaffQueries queries, StaffCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** The requests not decided yet, newest first; throws IllegalStateException when the read side is away. */
    List<Row> waiting() {
        return queries.list(new ListPayoutRequests(PayoutView.State.REQUESTED), PayoutView.class).stream()
                .filter(payout -> !decided.contains(payout.payoutId()))
                .map(this::row)
                .toList();
    }

    private Row row(PayoutView payout) {
        AccountSummary account = queries.account(payout.accountId()).orElse(null);
        return new Row(payout.payoutId(), payout.accountId(), account == null ? "" : account.holderName(),
                account == null ? "" : account.currentCardNumber(), payout.balanceAtRequest(),
                payout.bankAccountMasked(), payout.requestedAt());
    }

    Outcome approve(Row row) {
        return remember(row, Outcome.of(() -> commands.send(new ApprovePayout(row.accountId(), row.payoutId())),
                "backoffice.payouts.approved"));
    }

    /** A reason is required: the citizen sees it. */
    Outcome reject(Row row, String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
            return Outcome.refused("backoffice.payouts.reason-required");
        }
        return remember(row, Outcome.of(() -> commands.send(new RejectPayout(row.accountId(), row.payoutId(),
                stripped)), "backoffice.payouts.rejected"));
    }

    private Outcome remember(Row row, Outcome outcome) {
        if (outcome.done()) {
            decided.add(row.payoutId());
        }
        return outcome;
    }
}
