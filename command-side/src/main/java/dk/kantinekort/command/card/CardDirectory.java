package dk.kantinekort.command.card;

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

    CardDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> accountOf(CardNumber cardNumber) {
        List<String> ids = jdbc.queryForList("SELECT account_id FROM card_directory WHERE card_number = ?",
                String.class, cardNumber.value());
        return ids.stream().findFirst();
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
