package dk.kantinekort.ui.staff.audit;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.audit.BalanceAt;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.ui.staff.lookup.LookupNotRecordedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.staff.session.StaffQueries;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Kontohistorik (F17): an account found by card number (current or former) or by its id, every event of it in order
 * from the event store, and its balance as of an instant in Danish time. Throws IllegalStateException when the query
 * side does not answer.
 */
class AccountHistory {

    /** The account shown: who holds it (when the read side knows), and its events. */
    record Account(String accountId, String holderName, String cardNumber, List<Row> rows) {
    }

    /** One event as the auditor reads it; amount and balance only for events that move money. */
    record Row(Long sequenceNumber, Instant at, String type, Money amount, Money balanceAfter, String actor,
               String channel, String correlationId) {
    }

    private final AuditQueries audit;
    private final StaffQueries staff;

    AccountHistory(AuditQueries audit, StaffQueries staff) {
        this.audit = audit;
        this.staff = staff;
    }

    /**
     * The account a card number or an account id names, with its history; empty when it names none. The look-up is
     * recorded first (issue 15), with or without a match; {@link LookupNotRecordedException} when it cannot be.
     */
    Optional<Account> find(String text) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            return Optional.empty();
        }
        if (CardNumber.isValid(input)) {
            Optional<AccountSummary> byCard = staff.one(new FindAccountByCard(CardNumber.parse(input)),
                    AccountSummary.class);
            if (byCard.isPresent()) {
                AccountSummary account = byCard.get();
                List<Row> rows = rows(account.accountId());
                recorded(LookupKey.CARD_NUMBER, Optional.of(account), account.accountId());
                return Optional.of(new Account(account.accountId(), account.holderName(),
                        account.currentCardNumber(), rows));
            }
        }
        List<Row> rows = rows(input);
        if (rows.isEmpty()) {
            recorded(CardNumber.isValid(input) ? LookupKey.CARD_NUMBER : LookupKey.ACCOUNT_ID, Optional.empty(), null);
            return Optional.empty();
        }
        Optional<AccountSummary> summary = staff.account(input);
        recorded(LookupKey.ACCOUNT_ID, summary, input);
        return Optional.of(new Account(input, summary.map(AccountSummary::holderName).orElse(null),
                summary.map(AccountSummary::currentCardNumber).orElse(null), rows));
    }

    private void recorded(LookupKey key, Optional<AccountSummary> holder, String accountId) {
        audit.recordLookup(key, LookupPurpose.ACCOUNT_HISTORY, holder.map(AccountSummary::citizenId).stream().toList(),
                accountId == null ? List.of() : List.of(accountId));
    }

    /** The balance when the clocks in Copenhagen showed {@code at}; empty for an unknown account. */
    Optional<BalanceAt> balanceAt(String accountId, LocalDateTime at) {
        return audit.balanceAt(accountId, instant(at));
    }

    static Instant instant(LocalDateTime copenhagenTime) {
        // at the autumn's repeated hour the earlier of the two instants, as ZonedDateTime.of chooses
        return copenhagenTime.atZone(StaffDates.ZONE).toInstant();
    }

    private List<Row> rows(String accountId) {
        return audit.history(accountId).stream().map(AccountHistory::row).toList();
    }

    private static Row row(AuditedEvent event) {
        return new Row(event.sequenceNumber(), event.timestamp(), event.type(), event.amount(), event.balanceAfter(),
                event.actor(), event.channel(), event.correlationId());
    }
}
