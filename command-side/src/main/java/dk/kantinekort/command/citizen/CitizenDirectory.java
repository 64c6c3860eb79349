package dk.kantinekort.command.citizen;

import dk.kantinekort.api.account.CardAccountOpened;
import dk.kantinekort.api.account.AccountBlocked;
import dk.kantinekort.api.account.AccountUnblocked;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.CardIssued;
import dk.kantinekort.api.account.CardUnblocked;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.citizen.CitizenForgotten;
import dk.kantinekort.api.citizen.CitizenRegistered;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.command.LookupProcessing;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who is who: CPR hash to citizen (unique, so no person is registered twice) and citizen to accounts. */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class CitizenDirectory {

    /** An account of a citizen with its current card, and whether that card (or the whole account) is blocked. */
    public record OwnedAccount(String accountId, String cardNumber, boolean blocked) {
    }

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    CitizenDirectory(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    public Optional<String> citizenWithCprHash(String cprHash) {
        return jdbc.queryForList("SELECT citizen_id FROM citizen_directory WHERE cpr_hash = ?", String.class,
                cprHash).stream().findFirst();
    }

    public List<OwnedAccount> accountsOf(String citizenId) {
        return jdbc.query("SELECT account_id, card_number, card_blocked OR account_blocked FROM citizen_accounts "
                        + "WHERE citizen_id = ? "
                        + "ORDER BY opened_at, account_id",
                (rs, i) -> new OwnedAccount(rs.getString(1), rs.getString(2), rs.getBoolean(3)), citizenId);
    }

    /** The person an account belongs to. */
    public Optional<String> ownerOf(String accountId) {
        return jdbc.queryForList("SELECT citizen_id FROM citizen_accounts WHERE account_id = ?", String.class,
                accountId).stream().findFirst();
    }

    /**
     * The CPR look-up row, keyed-hashed from the CPR number sealed in the event: it can be (re)built only while the
     * person's key exists, so a forgotten person's row never comes back on a replay.
     */
    @EventHandler
    void on(CitizenRegistered event, @Timestamp Instant at) {
        String cpr = vault.open(event.cpr());
        if (cpr != null && Cpr.isValid(cpr)) {
            jdbc.update("INSERT INTO citizen_directory (citizen_id, cpr_hash, registered_at) VALUES (?, ?, ?)",
                    event.citizenId(), vault.cprHash(Cpr.parse(cpr)), java.sql.Timestamp.from(at));
        }
    }

    /**
     * The person was forgotten: no CPR number, no login, no contact details lead to them any more, and their data
     * key is erased, all in the transaction of the event.
     */
    @EventHandler
    void on(CitizenForgotten event) {
        jdbc.update("DELETE FROM citizen_directory WHERE citizen_id = ?", event.citizenId());
        jdbc.update("DELETE FROM identity_links WHERE citizen_id = ?", event.citizenId());
        jdbc.update("DELETE FROM citizen_contacts WHERE citizen_id = ?", event.citizenId());
        vault.eraseKeyOf(event.citizenId());
    }

    /** Money moved on an account: its balance and when, for the retention schedule. */
    @EventHandler
    void on(BalanceChanged event, @Timestamp Instant at) {
        jdbc.update("UPDATE citizen_accounts SET balance_ore = ?, last_activity_at = ? WHERE account_id = ?",
                event.balanceAfter().ore(), java.sql.Timestamp.from(at), event.accountId());
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
    void on(CardBlocked event, @Timestamp Instant at) {
        jdbc.update("UPDATE citizen_accounts SET card_blocked = TRUE, last_activity_at = ? WHERE account_id = ?",
                java.sql.Timestamp.from(at), event.accountId());
    }

    /** A whole account staff blocked: its card proves no link either, like a blocked card (record 21). */
    @EventHandler
    void on(AccountBlocked event) {
        jdbc.update("UPDATE citizen_accounts SET account_blocked = TRUE WHERE account_id = ?", event.accountId());
    }

    @EventHandler
    void on(AccountUnblocked event) {
        jdbc.update("UPDATE citizen_accounts SET account_blocked = FALSE WHERE account_id = ?", event.accountId());
    }

    @EventHandler
    void on(CardUnblocked event, @Timestamp Instant at) {
        jdbc.update("UPDATE citizen_accounts SET card_blocked = FALSE, last_activity_at = ? WHERE account_id = ?",
                java.sql.Timestamp.from(at), event.accountId());
    }

    @EventHandler
    void on(CardIssued event) {
        jdbc.update("UPDATE citizen_accounts SET card_number = ? WHERE account_id = ?", event.cardNumber().value(),
                event.accountId());
    }
}
