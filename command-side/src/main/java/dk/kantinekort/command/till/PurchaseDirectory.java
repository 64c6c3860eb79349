package dk.kantinekort.command.till;

import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.offline.OfflineSaleBooked;
import dk.kantinekort.command.LookupProcessing;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which account a purchase was charged to. A purchase id derives from the till and its idempotency key, so
 * this also tells when a till reuses a key for another card; the primary key settles a race between two.
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class PurchaseDirectory {

    private final JdbcTemplate jdbc;

    PurchaseDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> accountOf(String purchaseId) {
        return jdbc.queryForList("SELECT account_id FROM purchase_directory WHERE purchase_id = ?", String.class,
                purchaseId).stream().findFirst();
    }

    @EventHandler
    void on(PurchaseMade event) {
        jdbc.update("INSERT INTO purchase_directory (purchase_id, account_id) VALUES (?, ?)",
                event.purchaseId(), event.accountId());
    }

    /** An offline sale is refunded like a purchase, and its key is as much the till's. */
    @EventHandler
    void on(OfflineSaleBooked event) {
        jdbc.update("INSERT INTO purchase_directory (purchase_id, account_id) VALUES (?, ?)",
                event.saleId(), event.accountId());
    }
}
