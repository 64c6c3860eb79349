package dk.kantinekort.query.webshop;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The webshop's and the subscriptions' read models (F14, F15): the catalogue, the orders of "Vis ordrer" and the
 * enrolments of Abonnementer. Orders keep raw facts (lines, cancelled lines, each delivery's charge); status and
 * k/n are worked out when asked, so every projection write is a plain update that a replay repeats harmlessly.
 */
@Component
class WebshopReadModel {

    static final String ID = "_id";
    static final String ACCOUNT_ID = "accountId";
    static final String PLACE_ID = "placeId";
    static final String PLACE_IDS = "placeIds";
    static final String SKU = "sku";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String PRICE = "price";
    static final String PERIOD = "period";
    static final String DELIVERY_DATES = "deliveryDates";
    static final String WITHDRAWN = "withdrawn";
    static final String PLACED_AT = "placedAt";
    static final String PAYMENT = "payment";
    static final String TOTAL = "total";
    static final String STATE = "state";
    static final String LINES = "lines";
    static final String LINE_ID = "lineId";
    static final String DATE = "date";
    static final String QUANTITY = "quantity";
    static final String UNIT_PRICE = "unitPrice";
    static final String CANCELLED_LINES = "cancelledLines";
    static final String DELIVERIES = "deliveries";
    static final String FAILURE = "failure";
    static final String MASKED_PAN = "maskedPan";
    static final String PLAN_ID = "planId";
    static final String PLAN_NAME = "planName";
    static final String STATUS = "status";
    static final String PAID_UNTIL = "paidUntil";
    static final String NEXT_PERIOD_START = "nextPeriodStart";
    static final String PERIODS_PAID = "periodsPaid";
    static final String REQUESTED_AT = "requestedAt";
    /** The card fee charged with a delivery; per period of an enrolment (by the rule kept at Tilmeld). */
    static final String FEE = "fee";

    /** Order states as recorded (the published status is derived). */
    static final String AWAITING_DETAILS = "AWAITING_DETAILS";
    static final String PAID_BY_CANTEEN_CARD = "PAID_BY_CANTEEN_CARD";
    static final String CARD_SAVED = "CARD_SAVED";
    static final String CANCELLED = "CANCELLED";

    final MongoCollection<Document> products;
    final MongoCollection<Document> plans;
    final MongoCollection<Document> orders;
    final MongoCollection<Document> enrolments;
    final MongoCollection<Document> places;

    WebshopReadModel(MongoDatabase readModelDatabase) {
        products = readModelDatabase.getCollection("webshop_products");
        plans = readModelDatabase.getCollection("subscription_plans");
        orders = readModelDatabase.getCollection("webshop_orders");
        enrolments = readModelDatabase.getCollection("subscription_enrolments");
        places = readModelDatabase.getCollection("places"); // kept by the statements' PlaceNames
        products.createIndex(Indexes.ascending(PLACE_ID, SKU));
        orders.createIndex(Indexes.descending(ACCOUNT_ID, PLACED_AT));
        enrolments.createIndex(Indexes.descending(ACCOUNT_ID, REQUESTED_AT));
    }
}
