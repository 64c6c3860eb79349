package dk.kantinekort.command.card;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.kantinekort.api.account.CardIssued;
import dk.kantinekort.api.account.ReplacementCardOrdered;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.command.LookupProcessing;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which account a card number belongs to, current or former: a set-based look-up kept in the same
 * transaction as the events, so a number is never handed out twice and a till finds the account at once.
 * The primary key decides: when two command-side instances hand out the same number at the same moment, the
 * second insert fails and its command is refused with its events ({@link LookupProcessing} propagates).
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class CardDirectory {

    private final JdbcTemplate jdbc;
    private final Cache<String, String> committed;

    CardDirectory(JdbcTemplate jdbc, @Value("${canteen.command-bus.cached-accounts:100000}") long remembered) {
        this.jdbc = jdbc;
        this.committed = Caffeine.newBuilder().maximumSize(remembered).build();
    }

    /**
     * The account of a card number. Found numbers are remembered: a number, once taken, belongs to its account for
     * good (rows are only ever inserted), so the memory never goes stale, also beside other instances. Only what
     * is committed is remembered: a row read inside a unit of work that may still roll back (the card opened in
     * the same batch) goes into memory after the commit.
     */
    public Optional<String> accountOf(CardNumber cardNumber) {
        String known = committed.getIfPresent(cardNumber.value());
        if (known != null) {
            return Optional.of(known);
        }
        List<String> ids = jdbc.queryForList("SELECT account_id FROM card_directory WHERE card_number = ?",
                String.class, cardNumber.value());
        ids.stream().findFirst().ifPresent(accountId -> rememberWhenCommitted(cardNumber.value(), accountId));
        return ids.stream().findFirst();
    }

    private void rememberWhenCommitted(String cardNumber, String accountId) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> committed.put(cardNumber, accountId));
        } else {
            committed.put(cardNumber, accountId);
        }
    }

    public boolean isTaken(CardNumber cardNumber) {
        return accountOf(cardNumber).isPresent();
    }

    @EventHandler
    void on(CardIssued event) {
        reserve(event.cardNumber(), event.accountId());
    }

    /** The new number is reserved when ordered, so it can never be issued to anyone else. */
    @EventHandler
    void on(ReplacementCardOrdered event) {
        reserve(event.newCardNumber(), event.accountId());
    }

    /** A temporary card's id is reserved like a card number, so a till's code finds its account at once. */
    @EventHandler
    void on(dk.kantinekort.api.tempcard.TemporaryCardIssued event) {
        reserve(event.temporaryCardId(), event.accountId());
    }

    private void reserve(CardNumber cardNumber, String accountId) {
        try {
            jdbc.update("INSERT INTO card_directory (card_number, account_id) VALUES (?, ?)", cardNumber.value(),
                    accountId);
        } catch (DuplicateKeyException taken) {
            throw new RejectedException(RejectionCode.CARD_NUMBER_IN_USE,
                    "Card number " + cardNumber + " is already in use");
        }
    }
}
