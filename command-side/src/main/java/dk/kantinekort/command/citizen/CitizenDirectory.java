package dk.kantinekort.command.citizen;

import dk.kantinekort.api.account.CardAccountOpened;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.CardIssued;
import dk.kantinekort.api.account.CardUnblocked;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.api.citizen.CitizenRegistered;
import dk.kantinekort.command.LookupProcessing;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who is who: CPR hash to citizen (unique, so no person is registered twice) and citizen to accounts. */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class CitizenDirectory {

    /** An account of a citizen with its current card, and whether that card is blocked. */
    public record OwnedAccount(String accountId, String cardNumber, boolean blocked) {
    }

    private final JdbcTemplate jdbc;

    CitizenDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> citizenWithCprHash(String cprHash) {
        return jdbc.queryForList("SELECT citizen_id FROM citizen_directory WHERE cpr_hash = ?", String.class,
                cprHash).stream().findFirst();
    }

    public List<OwnedAccount> accountsOf(String citizenId) {
        return jdbc.query("SELECT account_id, card_number, card_blocked FROM citizen_accounts WHERE citizen_id = ? "
                        + "ORDER BY opened_at, account_id",
                (rs, i) -> new OwnedAccount(rs.getString(1), rs.getString(2), rs.getBoolean(3)), citizenId);
    }

    /** The person an account belongs to. */
    public Optional<String> ownerOf(String accountId) {
        return jdbc.queryForList("SELECT citizen_id FROM citizen_accounts WHERE account_id = ?", String.class,
                accountId).stream().findFirst();
    }

    @EventHandler
    void on(CitizenRegistered event) {
        jdbc.update("INSERT INTO citizen_directory (citizen_id, cpr_hash) VALUES (?, ?)", event.citizenId(),
                event.cprHash());
    }

    @EventHandler
    void on(CardAccountOpened event) {
        jdbc.update("INSERT INTO citizen_accounts (account_id, citizen_id, card_number) VALUES (?, ?, '')",
                event.accountId(), event.citizenId());
    }

    /** A produced replacement becomes the account's card, the number a person proves a link with (F3). */
    @EventHandler
    void on(ReplacementCardProduced event) {
        jdbc.update("UPDATE citizen_accounts SET card_number = ? WHERE account_id = ?",
                event.newCardNumber().value(), event.accountId());
    }

    /** A blocked card's number proves no link (F3): it may be lost or stolen. */
    @EventHandler
    void on(CardBlocked event) {
        jdbc.update("UPDATE citizen_accounts SET card_blocked = TRUE WHERE account_id = ?", event.accountId());
    }

    @EventHandler
    void on(CardUnblocked event) {
        jdbc.update("UPDATE citizen_accounts SET card_blocked = FALSE WHERE account_id = ?", event.accountId());
    }

    @EventHandler
    void on(CardIssued event) {
        jdbc.update("UPDATE citizen_accounts SET card_number = ? WHERE account_id = ?", event.cardNumber().value(),
                event.accountId());
    }
}
