package dk.kantinekort.command.spending;

import dk.kantinekort.api.catalogue.ProductOffered;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.command.LookupProcessing;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The product category of a sku at a place, as the place's catalogue names it: what a till line without a category
 * of its own counts under (Forbrugsregler). Kept in a table in the events' transaction and in memory for the tills'
 * path, which never reads the database for it. This instance's own catalogue changes reach memory when they commit;
 * another command-side instance's within {@code canteen.spending.catalogue-refresh} (the table is read again).
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class CatalogueCategories {

    private static final Logger log = LoggerFactory.getLogger(CatalogueCategories.class);

    private final JdbcTemplate jdbc;
    private volatile Map<String, ProductCategory> known = new ConcurrentHashMap<>();

    CatalogueCategories(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        reload();
    }

    /** The category the catalogue of the place names for the sku, or null; from memory. */
    public ProductCategory categoryOf(String placeId, String sku) {
        return placeId == null || sku == null ? null : known.get(key(placeId, sku));
    }

    @EventHandler
    void on(ProductOffered event) {
        if (event.category() == null) {
            return; // a later offer that names no category leaves the sku's category as it was
        }
        if (jdbc.update("UPDATE catalogue_categories SET category = ? WHERE place_id = ? AND sku = ?",
                event.category().name(), event.placeId(), event.sku()) == 0) {
            jdbc.update("INSERT INTO catalogue_categories (place_id, sku, category) VALUES (?, ?, ?)",
                    event.placeId(), event.sku(), event.category().name());
        }
        String key = key(event.placeId(), event.sku());
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> known.put(key, event.category()));
        } else {
            known.put(key, event.category());
        }
    }

    /** Reads the whole table again: picks up what other command-side instances wrote. */
    @Scheduled(initialDelayString = "${canteen.spending.catalogue-refresh:PT30S}",
            fixedDelayString = "${canteen.spending.catalogue-refresh:PT30S}")
    void reload() {
        try {
            Map<String, ProductCategory> read = new HashMap<>();
            jdbc.query("SELECT place_id, sku, category FROM catalogue_categories", rs -> {
                read.put(key(rs.getString(1), rs.getString(2)), ProductCategory.valueOf(rs.getString(3)));
            });
            known = new ConcurrentHashMap<>(read);
        } catch (RuntimeException e) {
            log.warn("Catalogue categories not read again, the ones in memory stay: {}", e.toString());
        }
    }

    private static String key(String placeId, String sku) {
        return placeId + '\u0000' + sku;
    }
}
