package dk.kantinekort.ui.staff.dispute;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.dispute.DisputeState;
import dk.kantinekort.api.dispute.DisputeView;
import dk.kantinekort.api.dispute.ListDisputes;
import dk.kantinekort.api.dispute.RefundDispute;
import dk.kantinekort.api.dispute.RejectDispute;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indsigelser: the disputes waiting for staff, with the holder and card, and staff's answers. A dispute answered here
 * leaves the list at once, also before the read side has seen the answer.
 */
class DisputeDesk {

    static final int MAX_REASON = 500;
    private static final Pattern KRONER = Pattern.compile("(\\d{1,7})(?:,(\\d{1,2}))?");

    /** One dispute as the page lists it. */
    record Row(DisputeView dispute, String holderName, String cardNumber) {
    }

    private final StaffQueries queries;
    private final StaffCommands commands;
    private final Set<String> answered = new HashSet<>();

    DisputeDesk(StaffQueries queries, StaffCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    List<Row> waiting() {
        return queries.list(new ListDisputes(DisputeState.OPEN), DisputeView.class).stream()
                .filter(d -> !answered.contains(d.disputeId()))
                .map(d -> {
                    AccountSummary account = queries.account(d.accountId()).orElse(null);
                    return new Row(d, account == null ? null : account.holderName(),
                            account == null ? "" : account.currentCardNumber());
                })
                .toList();
    }

    /** The whole row's amount, as the refund field starts: "14,00". */
    static String fullAmount(DisputeView dispute) {
        long ore = Math.abs(dispute.rowAmount().ore());
        return String.format(java.util.Locale.ROOT, "%d,%02d", ore / 100, ore % 100);
    }

    /** Kroner as typed, "6" or "6,50"; empty when it is no amount. */
    static Optional<Money> kroner(String typed) {
        Matcher m = KRONER.matcher(typed == null ? "" : typed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String decimals = m.group(2) == null ? "0" : m.group(2);
        long ore = Long.parseLong(m.group(1)) * 100
                + (decimals.length() == 1 ? Long.parseLong(decimals) * 10 : Long.parseLong(decimals));
        return Optional.of(Money.ofOre(ore));
    }

    Outcome refund(Row row, String typed) {
        Optional<Money> amount = kroner(typed);
        if (amount.isEmpty()) {
            return Outcome.refused("backoffice.disputes.amount-invalid");
        }
        return remember(row, Outcome.of(() -> commands.send(new RefundDispute(row.dispute().disputeId(),
                amount.get())), "backoffice.disputes.refunded"));
    }

    Outcome reject(Row row, String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
            return Outcome.refused("backoffice.disputes.reason-required");
        }
        return remember(row, Outcome.of(() -> commands.send(new RejectDispute(row.dispute().disputeId(), stripped)),
                "backoffice.disputes.rejected"));
    }

    private Outcome remember(Row row, Outcome outcome) {
        if (outcome.done()) {
            answered.add(row.dispute().disputeId());
        }
        return outcome;
    }
}
