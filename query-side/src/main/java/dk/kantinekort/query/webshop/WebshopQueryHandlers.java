package dk.kantinekort.query.webshop;

import static dk.kantinekort.query.webshop.WebshopReadModel.*;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dk.kantinekort.api.catalogue.CataloguePlace;
import dk.kantinekort.api.catalogue.ListCataloguePlaces;
import dk.kantinekort.api.catalogue.ListPlansOfPlace;
import dk.kantinekort.api.catalogue.ListProductsOfPlace;
import dk.kantinekort.api.catalogue.PlanView;
import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.subscription.EnrolmentStatus;
import dk.kantinekort.api.subscription.EnrolmentView;
import dk.kantinekort.api.subscription.ListEnrolmentsOfAccount;
import dk.kantinekort.api.webshop.DeliveryView;
import dk.kantinekort.api.webshop.FindOrder;
import dk.kantinekort.api.webshop.ListOrdersOfAccount;
import dk.kantinekort.api.webshop.OrderLineView;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.api.webshop.OrderView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Answers the portal's webshop and Abonnementer queries and the catalogue for staff. */
@Component
class WebshopQueryHandlers {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final int MAX_LIST = 200;

    private final WebshopReadModel readModel;

    WebshopQueryHandlers(WebshopReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    List<ProductView> handle(ListProductsOfPlace query) {
        Bson filter = query.includeWithdrawn() ? Filters.eq(PLACE_ID, query.placeId())
                : Filters.and(Filters.eq(PLACE_ID, query.placeId()), Filters.eq(WITHDRAWN, false));
        return readModel.products.find(filter).sort(Sorts.ascending(SKU))
                .map(d -> new ProductView(d.getString(ID), d.getString(PLACE_ID), d.getString(SKU), d.getString(NAME),
                        money(d, PRICE), d.getList(DELIVERY_DATES, String.class).stream().map(LocalDate::parse).toList(),
                        d.getBoolean(WITHDRAWN, false), d.getString("category") == null ? null
                        : dk.kantinekort.api.spending.ProductCategory.valueOf(d.getString("category"))))
                .into(new ArrayList<>());
    }

    @QueryHandler
    List<PlanView> handle(ListPlansOfPlace query) {
        List<Bson> filters = new ArrayList<>();
        if (query.placeId() != null) {
            filters.add(Filters.eq(PLACE_IDS, query.placeId()));
        }
        if (!query.includeWithdrawn()) {
            filters.add(Filters.eq(WITHDRAWN, false));
        }
        return readModel.plans.find(filters.isEmpty() ? new Document() : Filters.and(filters))
                .sort(Sorts.ascending(NAME))
                .map(d -> new PlanView(d.getString(ID), d.getString(NAME), d.getString(DESCRIPTION), money(d, PRICE),
                        SubscriptionPeriod.valueOf(d.getString(PERIOD)), d.getList(PLACE_IDS, String.class),
                        d.getBoolean(WITHDRAWN, false)))
                .into(new ArrayList<>());
    }

    @QueryHandler
    List<CataloguePlace> handle(ListCataloguePlaces query) {
        Set<String> placeIds = new TreeSet<>();
        readModel.products.distinct(PLACE_ID, Filters.eq(WITHDRAWN, false), String.class).into(placeIds);
        readModel.plans.find(Filters.eq(WITHDRAWN, false))
                .forEach(d -> placeIds.addAll(d.getList(PLACE_IDS, String.class)));
        return placeIds.stream().map(id -> new CataloguePlace(id, placeName(id)))
                .sorted(Comparator.comparing(CataloguePlace::name)).toList();
    }

    @QueryHandler
    List<OrderView> handle(ListOrdersOfAccount query) {
        return readModel.orders.find(Filters.eq(ACCOUNT_ID, query.accountId())).sort(Sorts.descending(PLACED_AT))
                .limit(MAX_LIST).map(this::order).into(new ArrayList<>());
    }

    @QueryHandler
    OrderView handle(FindOrder query) {
        Document d = readModel.orders.find(Filters.and(Filters.eq(ID, query.orderId()),
                Filters.eq(ACCOUNT_ID, query.accountId()))).first();
        return d == null ? null : order(d);
    }

    @QueryHandler
    List<EnrolmentView> handle(ListEnrolmentsOfAccount query) {
        return readModel.enrolments.find(Filters.eq(ACCOUNT_ID, query.accountId())).sort(Sorts.descending(REQUESTED_AT))
                .limit(MAX_LIST).map(d -> {
                    EnrolmentStatus status = EnrolmentStatus.valueOf(d.getString(STATUS));
                    String next = d.getString(NEXT_PERIOD_START);
                    return new EnrolmentView(d.getString(ID), d.getString(ACCOUNT_ID), d.getString(PLAN_ID),
                            d.getString(PLAN_NAME), money(d, PRICE), SubscriptionPeriod.valueOf(d.getString(PERIOD)),
                            status, d.getString(MASKED_PAN), date(d.getString(PAID_UNTIL)),
                            status == EnrolmentStatus.ACTIVE && next != null ? startOf(LocalDate.parse(next)) : null,
                            d.getInteger(PERIODS_PAID, 0), reason(d.getString(FAILURE)),
                            d.containsKey(FEE) ? money(d, FEE) : Money.ZERO);
                }).into(new ArrayList<>());
    }

    /** Status and k/n from the recorded facts: a cancelled line is neither paid nor counted. */
    private OrderView order(Document d) {
        OrderPayment payment = OrderPayment.valueOf(d.getString(PAYMENT));
        String state = d.getString(STATE);
        Set<String> cancelled = new HashSet<>(d.getList(CANCELLED_LINES, String.class));
        Document deliveries = d.get(DELIVERIES, Document.class);
        Map<LocalDate, List<Document>> byDate = new TreeMap<>();
        for (Document line : d.getList(LINES, Document.class)) {
            byDate.computeIfAbsent(LocalDate.parse(line.getString(DATE)), k -> new ArrayList<>()).add(line);
        }
        List<DeliveryView> days = new ArrayList<>();
        List<OrderLineView> lines = new ArrayList<>();
        int paid = 0;
        int counted = 0;
        boolean failed = false;
        Instant next = null;
        Money remaining = Money.ZERO;
        for (Map.Entry<LocalDate, List<Document>> day : byDate.entrySet()) {
            Document charge = deliveries == null ? null : deliveries.get(day.getKey().toString(), Document.class);
            Money amount = Money.ZERO;
            for (Document line : day.getValue()) {
                if (!cancelled.contains(line.getString(LINE_ID))) {
                    amount = amount.plus(lineAmount(line));
                }
            }
            DeliveryView.State dayState;
            if (amount.equals(Money.ZERO)) {
                dayState = DeliveryView.State.CANCELLED;
            } else if (PAID_BY_CANTEEN_CARD.equals(state) || charge != null && "PAID".equals(charge.getString(STATE))) {
                dayState = DeliveryView.State.PAID;
            } else if (charge != null && "FAILED".equals(charge.getString(STATE))) {
                dayState = DeliveryView.State.FAILED;
            } else {
                dayState = DeliveryView.State.NOT_PAID;
            }
            Instant chargeAt = dayState == DeliveryView.State.NOT_PAID && CARD_SAVED.equals(state)
                    ? startOf(day.getKey()) : null;
            if (chargeAt != null && (next == null || chargeAt.isBefore(next))) {
                next = chargeAt;
            }
            if (dayState != DeliveryView.State.CANCELLED) {
                counted++;
                remaining = remaining.plus(amount);
            }
            paid += dayState == DeliveryView.State.PAID ? 1 : 0;
            failed |= dayState == DeliveryView.State.FAILED;
            days.add(new DeliveryView(day.getKey(), amount, dayState, chargeAt,
                    charge == null ? null : reason(charge.getString(FAILURE)),
                    charge == null || dayState != DeliveryView.State.PAID ? null : money(charge, FEE)));
            for (Document line : day.getValue()) {
                boolean lineCancelled = cancelled.contains(line.getString(LINE_ID));
                lines.add(new OrderLineView(line.getString(LINE_ID), line.getString(SKU), line.getString(NAME),
                        day.getKey(), line.getInteger(QUANTITY), money(line, UNIT_PRICE), lineAmount(line),
                        lineCancelled, !lineCancelled && dayState == DeliveryView.State.PAID));
            }
        }
        OrderStatus status = CANCELLED.equals(state) ? OrderStatus.CANCELLED
                : AWAITING_DETAILS.equals(state) ? OrderStatus.AWAITING_PAYMENT_DETAILS
                : failed ? OrderStatus.PAYMENT_FAILED
                : counted == 0 ? OrderStatus.CANCELLED
                : paid == counted ? OrderStatus.PAID
                : OrderStatus.AWAITING_PAYMENT;
        Date placedAt = d.getDate(PLACED_AT);
        return new OrderView(d.getString(ID), d.getString(ACCOUNT_ID), d.getString(PLACE_ID),
                placeName(d.getString(PLACE_ID)), placedAt == null ? null : placedAt.toInstant(), payment, status,
                counted == 0 ? money(d, TOTAL) : remaining, paid, counted,
                status == OrderStatus.AWAITING_PAYMENT ? next : null,
                reason(d.getString(FAILURE)), d.getString(MASKED_PAN), lines, days);
    }

    private String placeName(String placeId) {
        Document place = readModel.places.find(Filters.eq(ID, placeId)).first();
        return place == null || place.getString(NAME) == null ? placeId : place.getString(NAME);
    }

    private static Money lineAmount(Document line) {
        return money(line, UNIT_PRICE).times(line.getInteger(QUANTITY));
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(COPENHAGEN).toInstant();
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static Money money(Document d, String field) {
        Number ore = d.get(field, Number.class);
        return ore == null ? null : Money.ofOre(ore.longValue());
    }

    private static PaymentDeclineReason reason(String name) {
        return name == null ? null : PaymentDeclineReason.valueOf(name);
    }
}
