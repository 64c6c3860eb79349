package dk.kantinekort.ui.backoffice;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.FindAccountsOfCitizen;
import dk.kantinekort.api.account.SearchAccountsByHolder;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.FindCitizenByCpr;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Support (F16): find a citizen's accounts by CPR number (typed in full, looked up by the command side's keyed
 * hash, shown only masked), by card number (current or former) or by part of the name; their recent declines;
 * block and unblock.
 */
class SupportDesk {

    static final int MAX_RESULTS = 50;
    static final int MAX_DECLINES = 10;
    static final Duration DECLINES_PERIOD = Duration.ofDays(90);
    static final int MAX_REASON = 500;

    /** A declined attempt: when, where and why. */
    record Decline(Instant at, String place, DeclineReason reason) {
    }

    private final StaffQueries queries;
    private final StaffCommands commands;
    private final Clock clock;

    SupportDesk(StaffQueries queries, StaffCommands commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * The accounts the text finds: a valid CPR number and a card number are both tried (ten digits can be either),
     * anything without a digit is a name. Throws IllegalStateException when a side does not answer.
     */
    List<AccountSummary> find(String text) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            return List.of();
        }
        if (input.chars().noneMatch(Character::isDigit)) {
            return queries.list(new SearchAccountsByHolder(input, MAX_RESULTS), AccountSummary.class);
        }
        Map<String, AccountSummary> found = new LinkedHashMap<>();
        if (Cpr.isValid(input)) {
            queries.one(new FindCitizenByCpr(input), String.class).ifPresent(citizenId ->
                    queries.list(new FindAccountsOfCitizen(citizenId), AccountSummary.class)
                            .forEach(account -> found.put(account.accountId(), account)));
        }
        if (CardNumber.isValid(input)) {
            queries.one(new FindAccountByCard(CardNumber.parse(input)), AccountSummary.class)
                    .ifPresent(account -> found.putIfAbsent(account.accountId(), account));
        }
        return List.copyOf(found.values());
    }

    /** The account's declined attempts of the last 90 days, newest first, at most ten. */
    List<Decline> recentDeclines(String accountId) {
        Instant now = clock.instant();
        return queries.one(new FindStatement(accountId, now.minus(DECLINES_PERIOD), now.plusSeconds(60)),
                        Statement.class)
                .map(Statement::rows).orElse(List.of()).stream()
                .filter(row -> row.type() == StatementRowType.DECLINED)
                .sorted(Comparator.comparing(StatementRow::at).reversed())
                .limit(MAX_DECLINES)
                .map(row -> new Decline(row.at(), row.text(), row.declineReason()))
                .toList();
    }

    /** A block needs a reason: it is kept with the event, for the citizen's and the auditors' questions. */
    Outcome block(AccountSummary account, String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
            return Outcome.refused("backoffice.support.reason-required");
        }
        return Outcome.of(() -> commands.send(new BlockCard(account.accountId(), stripped)),
                "backoffice.support.blocked");
    }

    Outcome unblock(AccountSummary account) {
        return Outcome.of(() -> commands.send(new UnblockCard(account.accountId())), "backoffice.support.unblocked");
    }
}
