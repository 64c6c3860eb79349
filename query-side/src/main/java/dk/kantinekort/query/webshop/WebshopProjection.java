package dk.kantinekort.query.webshop;

import static dk.kantinekort.query.webshop.WebshopReadModel.ACCOUNT_ID;
import dk.kantinekort.api.citizen.CitizenForgotten;
import com.mongodb.client.model.UpdateManyModel;
import dk.kantinekort.query.account.PersonalData;
import static dk.kantinekort.query.webshop.WebshopReadModel.*;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.catalogue.PlanOffered;
import dk.kantinekort.api.catalogue.PlanRepriced;
import dk.kantinekort.api.catalogue.PlanWithdrawn;
import dk.kantinekort.api.catalogue.ProductOffered;
import dk.kantinekort.api.catalogue.ProductRepriced;
import dk.kantinekort.api.catalogue.ProductWithdrawn;
import dk.kantinekort.api.subscription.EnrolmentActivated;
import dk.kantinekort.api.subscription.EnrolmentExpired;
import dk.kantinekort.api.subscription.EnrolmentRequested;
import dk.kantinekort.api.subscription.EnrolmentStatus;
import dk.kantinekort.api.subscription.SubscriptionChargeDue;
import dk.kantinekort.api.subscription.SubscriptionChargeFailed;
import dk.kantinekort.api.subscription.SubscriptionPeriodCharged;
import dk.kantinekort.api.subscription.Unenrolled;
import dk.kantinekort.api.webshop.DeliveryChargeFailed;
import dk.kantinekort.api.webshop.DeliveryCharged;
import dk.kantinekort.api.webshop.DeliveryView;
import dk.kantinekort.api.webshop.OrderCheckoutExpired;
import dk.kantinekort.api.webshop.OrderLinesCancelled;
import dk.kantinekort.api.webshop.OrderPaidWithCanteenCard;
import dk.kantinekort.api.webshop.OrderPaymentCardSaved;
import dk.kantinekort.api.webshop.OrderPaymentFailed;
import dk.kantinekort.api.webshop.OrderPlaced;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.projection.ReadModelBatch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Projects the catalogue, orders and enrolments. Each write sets what the event says (no read first), so it is
 * safe inside a batch and on a replay. Runs in the sequential account-summaries group.
 */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class WebshopProjection {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final WebshopReadModel readModel;
    private final PersonalData personalData;

    WebshopProjection(WebshopReadModel readModel, PersonalData personalData) {
        this.readModel = readModel;
        this.personalData = personalData;
    }

    @ResetHandler
    void reset() {
        for (MongoCollection<Document> c : List.of(readModel.products, readModel.plans, readModel.orders,
                readModel.enrolments)) {
            c.deleteMany(new Document());
        }
    }

    @EventHandler
    void on(ProductOffered event) {
        replace(readModel.products, event.productId(), new Document(ID, event.productId())
                .append(PLACE_ID, event.placeId()).append(SKU, event.sku()).append(NAME, event.name())
                .append(PRICE, event.price().ore())
                .append(DELIVERY_DATES, event.deliveryDates().stream().map(LocalDate::toString).toList())
                .append(WITHDRAWN, false)
                .append("category", event.category() == null ? null : event.category().name()));
    }

    @EventHandler
    void on(ProductRepriced event) {
        update(readModel.products, event.productId(), Updates.set(PRICE, event.price().ore()));
    }

    @EventHandler
    void on(ProductWithdrawn event) {
        update(readModel.products, event.productId(), Updates.set(WITHDRAWN, true));
    }

    @EventHandler
    void on(PlanOffered event) {
        replace(readModel.plans, event.planId(), new Document(ID, event.planId()).append(NAME, event.name())
                .append(DESCRIPTION, event.description()).append(PRICE, event.price().ore())
                .append(PERIOD, event.period().name()).append(PLACE_IDS, event.placeIds()).append(WITHDRAWN, false));
    }

    @EventHandler
    void on(PlanRepriced event) {
        update(readModel.plans, event.planId(), Updates.set(PRICE, event.price().ore()));
    }

    @EventHandler
    void on(PlanWithdrawn event) {
        update(readModel.plans, event.planId(), Updates.set(WITHDRAWN, true));
    }

    @EventHandler
    void on(OrderPlaced event, @Timestamp Instant at) {
        replace(readModel.orders, event.orderId(), new Document(ID, event.orderId())
                .append(ACCOUNT_ID, event.accountId()).append(PLACE_ID, event.placeId())
                .append(PLACED_AT, Date.from(at)).append(PAYMENT, event.payment().name())
                .append(TOTAL, event.total().ore()).append(STATE, AWAITING_DETAILS)
                .append(LINES, event.lines().stream().map(l -> new Document(LINE_ID, l.lineId())
                        .append(SKU, l.sku()).append(NAME, l.name()).append(DATE, l.deliveryDate().toString())
                        .append(QUANTITY, l.quantity()).append(UNIT_PRICE, l.unitPrice().ore())).toList())
                .append(CANCELLED_LINES, List.of()).append(DELIVERIES, new Document()));
    }

    @EventHandler
    void on(OrderPaidWithCanteenCard event) {
        update(readModel.orders, event.orderId(), Updates.set(STATE, PAID_BY_CANTEEN_CARD));
    }

    /** The account refused the canteen card: the order is withdrawn, nothing was charged, "Vis ordrer" drops it. */
    @EventHandler
    void on(OrderPaymentFailed event) {
        ReadModelBatch.current().write(readModel.orders, new DeleteOneModel<>(Filters.eq(ID, event.orderId())));
    }

    @EventHandler
    void on(OrderPaymentCardSaved event) {
        update(readModel.orders, event.orderId(), Updates.combine(Updates.set(STATE, CARD_SAVED),
                Updates.set(MASKED_PAN, personalData.reveal(event.maskedPan()).orElse(null))));
    }

    @EventHandler
    void on(OrderCheckoutExpired event) {
        update(readModel.orders, event.orderId(), Updates.set(STATE, CANCELLED));
    }

    @EventHandler
    void on(DeliveryCharged event) {
        update(readModel.orders, event.orderId(), Updates.combine(
                Updates.set(delivery(event.deliveryDate()) + "." + STATE, DeliveryView.State.PAID.name()),
                Updates.set(delivery(event.deliveryDate()) + "." + FEE, event.fee().ore())));
    }

    @EventHandler
    void on(DeliveryChargeFailed event) {
        update(readModel.orders, event.orderId(), Updates.combine(
                Updates.set(delivery(event.deliveryDate()) + "." + STATE, DeliveryView.State.FAILED.name()),
                Updates.set(delivery(event.deliveryDate()) + "." + FAILURE, event.reason().name()),
                Updates.set(FAILURE, event.reason().name())));
    }

    @EventHandler
    void on(OrderLinesCancelled event) {
        Bson cancelled = Updates.addEachToSet(CANCELLED_LINES, event.lineIds());
        update(readModel.orders, event.orderId(), event.orderCancelled()
                ? Updates.combine(cancelled, Updates.set(STATE, CANCELLED)) : cancelled);
    }

    private static String delivery(LocalDate date) {
        return DELIVERIES + "." + date;
    }

    @EventHandler
    void on(EnrolmentRequested event, @Timestamp Instant at) {
        replace(readModel.enrolments, event.enrolmentId(), new Document(ID, event.enrolmentId())
                .append(ACCOUNT_ID, event.accountId()).append(PLAN_ID, event.planId())
                .append(PLAN_NAME, event.planName()).append(PRICE, event.price().ore())
                .append(PERIOD, event.period().name()).append(STATUS, EnrolmentStatus.AWAITING_PAYMENT_DETAILS.name())
                .append(PERIODS_PAID, 0).append(REQUESTED_AT, Date.from(at))
                .append(FEE, event.cardFee() == null ? 0L : event.cardFee().feeFor(event.price()).ore()));
    }

    @EventHandler
    void on(EnrolmentActivated event) {
        update(readModel.enrolments, event.enrolmentId(), Updates.combine(
                Updates.set(STATUS, EnrolmentStatus.ACTIVE.name()), Updates.set(MASKED_PAN,
                        personalData.reveal(event.maskedPan()).orElse(null)),
                Updates.max(NEXT_PERIOD_START, event.firstPeriodStart().toString())));
    }

    @EventHandler
    void on(SubscriptionChargeDue event) {
        update(readModel.enrolments, event.enrolmentId(),
                Updates.max(NEXT_PERIOD_START, event.periodEnd().toString()));
    }

    @EventHandler
    void on(SubscriptionPeriodCharged event) {
        update(readModel.enrolments, event.enrolmentId(), Updates.combine(
                Updates.max(PAID_UNTIL, event.periodEnd().toString()), Updates.inc(PERIODS_PAID, 1),
                Updates.unset(FAILURE)));
    }

    @EventHandler
    void on(SubscriptionChargeFailed event) {
        update(readModel.enrolments, event.enrolmentId(), Updates.set(FAILURE, event.reason().name()));
    }

    @EventHandler
    void on(Unenrolled event) {
        update(readModel.enrolments, event.enrolmentId(), Updates.set(STATUS, EnrolmentStatus.ENDED.name()));
    }

    @EventHandler
    void on(EnrolmentExpired event) {
        update(readModel.enrolments, event.enrolmentId(), Updates.set(STATUS, EnrolmentStatus.EXPIRED.name()));
    }

    private static void replace(MongoCollection<Document> collection, String id, Document document) {
        ReadModelBatch.current().write(collection, new ReplaceOneModel<>(Filters.eq(ID, id), document, UPSERT));
    }

    private static void update(MongoCollection<Document> collection, String id, Bson update) {
        ReadModelBatch.current().write(collection, new UpdateOneModel<>(Filters.eq(ID, id), update));
    }

    /** The holder was forgotten (decision record 16): the masked payment card numbers of their orders and plans go. */
    @EventHandler
    void on(CitizenForgotten event) {
        for (MongoCollection<Document> c : List.of(readModel.orders, readModel.enrolments)) {
            ReadModelBatch.current().write(c, new UpdateManyModel<>(Filters.in(ACCOUNT_ID, event.accountIds()),
                    Updates.unset(MASKED_PAN)));
        }
    }

}
