package dk.kantinekort.query.offline;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.account.AccountBlocked;
import dk.kantinekort.api.account.AccountUnblocked;
import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.CardUnblocked;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.offline.OfflineSaleBooked;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.projection.ReadModelBatch;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Offline sales per account (for staff and the holder) and which accounts may not buy offline: an open offline
 * debt (balance below zero) or a blocked card. Every write is absolute, so a replayed event changes nothing.
 */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class OfflineSalesProjection {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final UpdateOptions NO_UPSERT = new UpdateOptions();

    private final OfflineCollections collections;

    OfflineSalesProjection(OfflineCollections collections) {
        this.collections = collections;
    }

    @ResetHandler
    void reset() {
        collections.sales.deleteMany(new Document());
        collections.denied.deleteMany(new Document());
    }

    @EventHandler
    void on(OfflineSaleBooked event, @Timestamp Instant bookedAt) {
        Document sale = new Document(OfflineCollections.ID, event.accountId() + ":" + event.saleId())
                .append(OfflineCollections.ACCOUNT_ID, event.accountId())
                .append(OfflineCollections.SALE_ID, event.saleId())
                .append(OfflineCollections.SOLD_AT, Date.from(event.soldAt()))
                .append(OfflineCollections.BOOKED_AT, Date.from(bookedAt))
                .append(OfflineCollections.PLACE_ID, event.placeId())
                .append(OfflineCollections.TOTAL, event.total().ore())
                .append(OfflineCollections.BALANCE_AFTER, event.balanceAfter().ore())
                .append(OfflineCollections.FLAGS, event.flags() == null ? java.util.List.of()
                        : event.flags().stream().map(Enum::name).sorted().toList());
        ReadModelBatch.current().write(collections.sales,
                new ReplaceOneModel<>(Filters.eq(OfflineCollections.ID, sale.getString(OfflineCollections.ID)), sale,
                        new ReplaceOptions().upsert(true)));
        debt(event.accountId(), event.balanceAfter().isNegative());
    }

    /** Any other money event: a balance at or above zero ends the debt (a deposit settled it). */
    @EventHandler
    void on(BalanceChanged event) {
        // an online purchase never meets a debt (it is declined below zero): keep the till's hot path out of here
        if (event instanceof PurchaseMade) {
            return;
        }
        if (!event.balanceAfter().isNegative()) {
            debt(event.accountId(), false);
        }
    }

    @EventHandler
    void on(CardBlocked event) {
        ReadModelBatch.current().write(collections.denied, new UpdateOneModel<>(
                Filters.eq(OfflineCollections.ID, event.accountId()), Updates.set(OfflineCollections.BLOCKED, true),
                UPSERT));
    }

    @EventHandler
    void on(CardUnblocked event) {
        ReadModelBatch.current().write(collections.denied, new UpdateOneModel<>(
                Filters.eq(OfflineCollections.ID, event.accountId()), Updates.set(OfflineCollections.BLOCKED, false),
                NO_UPSERT));
    }

    /** Staff blocked the whole account: refused offline like a blocked card, and apart from it (decision record 21). */
    @EventHandler
    void on(AccountBlocked event) {
        ReadModelBatch.current().write(collections.denied, new UpdateOneModel<>(
                Filters.eq(OfflineCollections.ID, event.accountId()),
                Updates.set(OfflineCollections.ACCOUNT_BLOCKED, true), UPSERT));
    }

    @EventHandler
    void on(AccountUnblocked event) {
        ReadModelBatch.current().write(collections.denied, new UpdateOneModel<>(
                Filters.eq(OfflineCollections.ID, event.accountId()),
                Updates.set(OfflineCollections.ACCOUNT_BLOCKED, false), NO_UPSERT));
    }

    /** Only accounts that ever owed money or were blocked get a document: the list the tills fetch stays small. */
    private void debt(String accountId, boolean open) {
        ReadModelBatch.current().write(collections.denied, new UpdateOneModel<>(
                Filters.eq(OfflineCollections.ID, accountId), Updates.set(OfflineCollections.DEBT, open),
                open ? UPSERT : NO_UPSERT));
    }
}
