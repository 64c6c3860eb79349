package dk.kantinekort.query.statement;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.FeeCharged;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseRefunded;
import dk.kantinekort.api.account.RefundLine;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.offline.OfflineSaleBooked;
import dk.kantinekort.api.schoolyear.LeaverBalanceMoved;
import dk.kantinekort.api.schoolyear.LeaverBalanceReceived;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.api.tempcard.TemporaryCardCode;
import dk.kantinekort.api.subscription.SubscriptionPeriodCharged;
import dk.kantinekort.api.webshop.DeliveryCharged;
import dk.kantinekort.api.webshop.WebshopOrderCharged;
import dk.kantinekort.api.webshop.WebshopOrderRefunded;
import dk.kantinekort.api.till.PlaceRegistered;
import dk.kantinekort.api.till.PlaceRenamed;
import dk.kantinekort.api.dispute.DisputeRefunded;
import dk.kantinekort.api.transfer.TransferCredited;
import dk.kantinekort.api.transfer.TransferDebited;
import dk.kantinekort.api.transfer.TransferReversed;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.projection.ReadModelBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dk.kantinekort.query.statement.StatementCollections.ID;

/**
 * Writes one statement row per money event and per declined attempt. Amounts are signed as they change the
 * balance (purchases, fees and payouts negative); texts are neutral data (place name, deposit method, fee kind)
 * that the portal words per row type.
 */
@Component
@ProcessingGroup(ProcessingGroups.STATEMENTS)
class StatementProjection {

    /** The text of a row of a balance moved between siblings' accounts (Skoleår), worded by the portal. */
    static final String SIBLING_TRANSFER = "SIBLING_TRANSFER";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final StatementCollections collections;
    private final PlaceNames places;

    StatementProjection(StatementCollections collections, PlaceNames places) {
        this.collections = collections;
        this.places = places;
    }

    /** A rebuild (replay from the first event) starts without rows and places. */
    @ResetHandler
    void reset() {
        collections.rows.deleteMany(new Document());
        places.clear();
    }

    @EventHandler
    void on(PlaceRegistered event) {
        places.registered(event);
    }

    @EventHandler
    void on(PlaceRenamed event) {
        places.renamed(event);
    }

    @EventHandler
    void on(PurchaseMade event, EventMessage<?> message) {
        write(withTemporaryCard(row(message, event.accountId(), StatementRowType.PURCHASE, event.purchaseId(),
                Money.ZERO.minus(event.total()), event.balanceAfter(), places.nameOf(event.placeId()),
                event.placeId(), event.lines()), event.cardNumber()));
    }

    /** A purchase or attempt with a temporary card (its id is recorded as the card) says so on its row. */
    private static Document withTemporaryCard(Document row, dk.kantinekort.api.card.CardNumber card) {
        if (TemporaryCardCode.isId(card)) {
            row.append(StatementCollections.TEMPORARY_CARD, true);
        }
        return row;
    }

    /** At the time it was booked, so the balances run in the ledger's order; Mine Konti lists when it was sold. */
    @EventHandler
    void on(OfflineSaleBooked event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.OFFLINE_PURCHASE, event.saleId(),
                Money.ZERO.minus(event.total()), event.balanceAfter(), places.nameOf(event.placeId()),
                event.placeId(), event.lines()));
    }

    @EventHandler
    void on(PurchaseDeclined event, EventMessage<?> message) {
        if (event.accountId() == null) {
            return; // an unknown card belongs to no statement
        }
        // Keyed by the event: the same purchase may be declined more than once.
        write(withTemporaryCard(StatementRowDocument.withBrokenRule(StatementRowDocument.row(
                StatementRowDocument.key(event.accountId(), StatementRowType.DECLINED, message.getIdentifier()),
                event.accountId(), message.getTimestamp(), sequenceOf(message), StatementRowType.DECLINED,
                event.purchaseId(), Money.ZERO, null, places.nameOf(event.placeId()), event.placeId(), List.of(),
                event.reason()), event.brokenRule()), event.cardNumber()));
    }

    @EventHandler
    void on(PurchaseRefunded event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.REFUND, event.refundId(), event.amount(),
                event.balanceAfter(), places.nameOf(event.placeId()), event.placeId(),
                refundedLines(event)));
    }

    @EventHandler
    void on(MoneyDeposited event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.DEPOSIT, event.depositId(), event.amount(),
                event.balanceAfter(), event.method() == null ? null : event.method().name(), null, List.of()));
    }

    @EventHandler
    void on(FeeCharged event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.FEE, event.feeId(), Money.ZERO.minus(event.amount()),
                event.balanceAfter(), event.kind() == null ? null : event.kind().name(), null, List.of()));
    }

    @EventHandler
    void on(BalancePaidOut event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.PAYOUT, event.payoutId(),
                Money.ZERO.minus(event.amount()), event.balanceAfter(), null, null, List.of()));
    }

    /** Skoleår: a leaver's balance moved to a sibling: a payout row there, a deposit row here (text SIBLING_TRANSFER). */
    @EventHandler
    void on(LeaverBalanceMoved event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.PAYOUT, "sibling-" + event.closureId(),
                Money.ZERO.minus(event.amount()), event.balanceAfter(), SIBLING_TRANSFER, null, List.of()));
    }

    @EventHandler
    void on(LeaverBalanceReceived event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.DEPOSIT, "sibling-" + event.closureId(),
                event.amount(), event.balanceAfter(), SIBLING_TRANSFER, null, List.of()));
    }

    @EventHandler
    void on(WebshopOrderCharged event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.WEBSHOP, event.orderId(),
                Money.ZERO.minus(event.amount()), event.balanceAfter(), places.nameOf(event.placeId()),
                event.placeId(), List.of()));
    }

    @EventHandler
    void on(WebshopOrderRefunded event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.REFUND, event.refundId(), event.amount(),
                event.balanceAfter(), places.nameOf(event.placeId()), event.placeId(), List.of()));
    }

    /** Overfør: the other account's id is the row's text; the portal names it if the citizen may see it. */
    @EventHandler
    void on(TransferDebited event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.TRANSFER_OUT, event.transferId(),
                event.signedAmount(), event.balanceAfter(), event.toAccountId(), null, List.of()));
    }

    @EventHandler
    void on(TransferCredited event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.TRANSFER_IN, event.transferId(),
                event.signedAmount(), event.balanceAfter(), event.fromAccountId(), null, List.of()));
    }

    @EventHandler
    void on(TransferReversed event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.TRANSFER_REVERSED, event.transferId(),
                event.signedAmount(), event.balanceAfter(), event.toAccountId(), null, List.of()));
    }

    /** Indsigelse: the refund of an upheld dispute; the row's text is the dispute id. */
    @EventHandler
    void on(DisputeRefunded event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.DISPUTE_REFUND, event.disputeId(), event.amount(),
                event.balanceAfter(), null, null, List.of()));
    }

    /**
     * Paid by payment card: a row without a balance of its own, since the canteen balance is untouched; its text is the
     * place (a webshop delivery) or the plan (a subscription period).
     */
    @EventHandler
    void on(DeliveryCharged event, EventMessage<?> message) {
        // the whole amount taken from the payment card (delivery + card fee); no canteen balance of its own
        write(row(message, event.accountId(), StatementRowType.WEBSHOP, event.chargeKey(),
                Money.ZERO.minus(event.charged()), null, places.nameOf(event.placeId()), event.placeId(), List.of()));
    }

    @EventHandler
    void on(SubscriptionPeriodCharged event, EventMessage<?> message) {
        write(row(message, event.accountId(), StatementRowType.SUBSCRIPTION, event.chargeKey(),
                Money.ZERO.minus(event.charged()), null, event.planName(), null, List.of()));
    }

    private Document row(EventMessage<?> message, String accountId, StatementRowType type, String domainId,
                         Money amount, Money balanceAfter, String text, String placeId, List<PurchaseLine> lines) {
        String reference = domainId != null ? domainId : message.getIdentifier();
        return StatementRowDocument.row(StatementRowDocument.key(accountId, type, reference), accountId,
                message.getTimestamp(), sequenceOf(message), type, reference, amount, balanceAfter, text, placeId,
                lines, null);
    }

    private void write(Document row) {
        recentRows().put(row.getString(ID), row);
        ReadModelBatch.current().write(collections.rows,
                new ReplaceOneModel<>(Filters.eq(ID, row.getString(ID)), row, UPSERT));
    }

    /** Refund lines name only sku and quantity; name and unit price come from the purchase's row. */
    private List<PurchaseLine> refundedLines(PurchaseRefunded event) {
        if (event.lines() == null || event.lines().isEmpty()) {
            return List.of();
        }
        Document purchase = purchaseRow(event.accountId(), event.purchaseId());
        List<PurchaseLine> bought = purchase == null ? List.of() : StatementRowDocument.lines(purchase);
        return event.lines().stream().map(line -> refunded(line, bought)).toList();
    }

    private static PurchaseLine refunded(RefundLine line, List<PurchaseLine> bought) {
        return bought.stream()
                .filter(b -> Objects.equals(b.sku(), line.sku()))
                .findFirst()
                .map(b -> new PurchaseLine(b.sku(), b.name(), line.quantity(), b.unitPrice(), b.category()))
                .orElse(new PurchaseLine(line.sku(), line.sku(), line.quantity(), Money.ZERO));
    }

    private Document purchaseRow(String accountId, String purchaseId) {
        String key = StatementRowDocument.key(accountId, StatementRowType.PURCHASE, purchaseId);
        Document recent = recentRows().get(key);
        Document row = recent != null ? recent : collections.rows.find(Filters.eq(ID, key)).first();
        if (row != null) {
            return row;
        }
        String offline = StatementRowDocument.key(accountId, StatementRowType.OFFLINE_PURCHASE, purchaseId);
        return recentRows().containsKey(offline) ? recentRows().get(offline)
                : collections.rows.find(Filters.eq(ID, offline)).first();
    }

    /** Rows written in this batch, not yet in MongoDB. */
    private Map<String, Document> recentRows() {
        return ReadModelBatch.current().state(StatementProjection.class, HashMap::new);
    }

    private static long sequenceOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L;
    }
}
