package dk.kantinekort.query.webshop;

import dk.kantinekort.query.TestKeyVault;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.catalogue.ListCataloguePlaces;
import dk.kantinekort.api.catalogue.ListProductsOfPlace;
import dk.kantinekort.api.catalogue.ProductOffered;
import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.subscription.EnrolmentActivated;
import dk.kantinekort.api.subscription.EnrolmentRequested;
import dk.kantinekort.api.subscription.EnrolmentStatus;
import dk.kantinekort.api.subscription.EnrolmentView;
import dk.kantinekort.api.subscription.ListEnrolmentsOfAccount;
import dk.kantinekort.api.subscription.SubscriptionChargeDue;
import dk.kantinekort.api.subscription.SubscriptionPeriodCharged;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.webshop.DeliveryChargeFailed;
import dk.kantinekort.api.webshop.DeliveryCharged;
import dk.kantinekort.api.webshop.DeliveryView;
import dk.kantinekort.api.webshop.FindOrder;
import dk.kantinekort.api.webshop.ListOrdersOfAccount;
import dk.kantinekort.api.webshop.OrderLine;
import dk.kantinekort.api.webshop.OrderLineView;
import dk.kantinekort.api.webshop.OrderLinesCancelled;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderPaymentCardSaved;
import dk.kantinekort.api.webshop.OrderPlaced;
import dk.kantinekort.api.webshop.OrderPaymentFailed;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.api.webshop.OrderView;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Vis ordrer and Abonnementer: status k/n, lines paid or not, the next charge, failures with their reason. */
@SpringBootTest(classes = QuerySideTestApplication.class)
class WebshopReadModelsTest {

    static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
    static final Money LUNCH = Money.ofOre(3_500);
    /** 1,00 kr. + 1,25 % of 35,00 kr. */
    static final Money FEE = Money.ofOre(144);

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;

    LedgerEvents ledger;
    Instant now = Instant.now();
    String account;
    String order;

    @BeforeEach
    void anOrderOfFiveLunchesOnAPaymentCard() {
        ledger = new LedgerEvents(eventStore);
        account = newId();
        order = newId();
        List<OrderLine> lines = IntStream.range(0, 5).mapToObj(MONDAY::plusDays)
                .map(d -> new OrderLine("FROKOST-" + d, "frokost", "FROKOST", "Frokost", d, 1, LUNCH)).toList();
        ledger.publish("Order", order, new OrderPlaced(order, account, "gladsaxe", lines, OrderPayment.PAYMENT_CARD,
                LUNCH.times(5), now.plusSeconds(86_400), new FeeRule(100, 125), null), now);
        ledger.publish("Order", order, new OrderPaymentCardSaved(order, account, "p", TestKeyVault.seal("owner", "t"), "Visa",
                TestKeyVault.seal("owner", "4925****0004"),
                TestKeyVault.seal("owner", "12/31")), now);
    }

    @Test
    void twoOfFourDeliveriesPaidAfterACancelledDayShowsAfventerBetaling2of4AndTheNextCharge() {
        charged(MONDAY);
        charged(MONDAY.plusDays(1));
        ledger.publish("Order", order, new OrderLinesCancelled(order, account, "gladsaxe", order + "-cancellation-1",
                List.of("FROKOST-" + MONDAY.plusDays(3)), OrderPayment.PAYMENT_CARD, Money.ZERO, false), now);

        OrderView view = await().atMost(Duration.ofSeconds(10)).until(this::theOrder,
                o -> o != null && o.paidDeliveries() == 2 && o.deliveries() == 4);

        assertThat(view.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(view.total()).as("the cancelled day is no longer part of the total").isEqualTo(LUNCH.times(4));
        assertThat(view.nextChargeAt()).isEqualTo(MONDAY.plusDays(2).atStartOfDay(ZoneId.of("Europe/Copenhagen"))
                .toInstant());
        assertThat(view.lines()).extracting(OrderLineView::paid).containsExactly(true, true, false, false, false);
        assertThat(view.lines()).extracting(OrderLineView::cancelled).containsExactly(false, false, false, true, false);
        assertThat(view.deliveryDays()).extracting(DeliveryView::state).containsExactly(DeliveryView.State.PAID,
                DeliveryView.State.PAID, DeliveryView.State.NOT_PAID, DeliveryView.State.CANCELLED,
                DeliveryView.State.NOT_PAID);
        assertThat(view.deliveryDays()).as("the fee of a delivery is shown once it is charged")
                .extracting(DeliveryView::fee).containsExactly(FEE, FEE, null, null, null);
        assertThat(queries.query(new ListOrdersOfAccount(account), ResponseTypes.multipleInstancesOf(OrderView.class))
                .join()).extracting(OrderView::orderId).containsExactly(order);
    }

    @Test
    void anEnrolmentFromBeforeCardFeesShowsNoFee() {
        String enrolment = newId();
        ledger.publish("Enrolment", enrolment, new EnrolmentRequested(enrolment, account, "frugt", "Frugtordning",
                Money.ofOre(4_500), SubscriptionPeriod.WEEK, now, null, null), now);

        EnrolmentView view = await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(
                        new ListEnrolmentsOfAccount(account), ResponseTypes.multipleInstancesOf(EnrolmentView.class))
                .join(), l -> l.size() == 1).get(0);

        assertThat(view.fee()).isEqualTo(Money.ZERO);
    }

    @Test
    void aCanteenCardOrderTheAccountRefusedLeavesVisOrdrer() {
        String refused = newId();
        String paid = newId();
        List<OrderLine> lines = List.of(new OrderLine("FROKOST-" + MONDAY, "frokost", "FROKOST", "Frokost", MONDAY, 1,
                LUNCH));
        ledger.publish("Order", paid, new OrderPlaced(paid, account, "gladsaxe", lines, OrderPayment.CANTEEN_CARD,
                LUNCH, now.plusSeconds(86_400), null, null), now);
        ledger.publish("Order", refused, new OrderPlaced(refused, account, "gladsaxe", lines,
                OrderPayment.CANTEEN_CARD, LUNCH, now.plusSeconds(86_400), null, null), now);
        ledger.publish("Order", refused, new OrderPaymentFailed(refused, account,
                PaymentDeclineReason.INSUFFICIENT_FUNDS), now);

        await().atMost(Duration.ofSeconds(10)).until(() -> orderIds().contains(paid) && !orderIds().contains(refused));

        assertThat(queries.query(new FindOrder(account, refused), OrderView.class).join()).isNull();
    }

    private List<String> orderIds() {
        return queries.query(new ListOrdersOfAccount(account), ResponseTypes.multipleInstancesOf(OrderView.class))
                .join().stream().map(OrderView::orderId).toList();
    }

    @Test
    void aRefusedDeliveryShowsThePaymentFailedStatusAndItsReason() {
        ledger.publish("Order", order, new DeliveryChargeFailed(order, account, MONDAY, LUNCH,
                PaymentDeclineReason.CARD_EXPIRED), now);

        OrderView view = await().atMost(Duration.ofSeconds(10)).until(this::theOrder,
                o -> o != null && o.status() == OrderStatus.PAYMENT_FAILED);

        assertThat(view.failure()).isEqualTo(PaymentDeclineReason.CARD_EXPIRED);
        assertThat(view.deliveryDays().get(0).failure()).isEqualTo(PaymentDeclineReason.CARD_EXPIRED);
    }

    @Test
    void theCatalogueOfAPlaceAndAnEnrolmentWithItsPaidPeriods() {
        String place = newId();
        String enrolment = newId();
        ledger.publish("Product", "p-" + place, new ProductOffered("p-" + place, place, "MAELK", "Mælk",
                Money.ofOre(600), List.of(MONDAY)), now);
        ledger.publish("Enrolment", enrolment, new EnrolmentRequested(enrolment, account, "frugt", "Frugtordning",
                Money.ofOre(4_500), SubscriptionPeriod.WEEK, now, new FeeRule(100, 125), null), now);
        ledger.publish("Enrolment", enrolment, new EnrolmentActivated(enrolment, account, "frugt", MONDAY, TestKeyVault.seal("owner", "t"), "Visa",
                TestKeyVault.seal("owner", "4925****0004"), TestKeyVault.seal("owner", "12/31")), now);
        ledger.publish("Enrolment", enrolment, new SubscriptionChargeDue(enrolment, account, MONDAY,
                MONDAY.plusWeeks(1), Money.ofOre(4_500), TestKeyVault.seal("owner", "t"), "k", Money.ofOre(156)), now);
        ledger.publish("Enrolment", enrolment, new SubscriptionPeriodCharged(enrolment, account, "Frugtordning",
                MONDAY, MONDAY.plusWeeks(1), Money.ofOre(4_500), "k", "p", "c", Money.ofOre(156)), now);

        EnrolmentView view = await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(
                        new ListEnrolmentsOfAccount(account), ResponseTypes.multipleInstancesOf(EnrolmentView.class))
                .join(), l -> l.size() == 1 && l.get(0).periodsPaid() == 1).get(0);
        assertThat(view.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(view.paidUntil()).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(view.fee()).as("the fee per period, by the rule kept at Tilmeld").isEqualTo(Money.ofOre(156));
        assertThat(view.nextChargeAt()).isEqualTo(MONDAY.plusWeeks(1).atStartOfDay(ZoneId.of("Europe/Copenhagen"))
                .toInstant());
        assertThat(queries.query(new ListProductsOfPlace(place, false),
                ResponseTypes.multipleInstancesOf(ProductView.class)).join())
                .extracting(ProductView::sku).containsExactly("MAELK");
        assertThat(queries.query(new ListCataloguePlaces(), ResponseTypes.multipleInstancesOf(
                dk.kantinekort.api.catalogue.CataloguePlace.class)).join())
                .extracting(dk.kantinekort.api.catalogue.CataloguePlace::placeId).contains(place);
    }

    private void charged(LocalDate date) {
        ledger.publish("Order", order, new DeliveryCharged(order, account, "gladsaxe", date,
                List.of("FROKOST-" + date), LUNCH, "webshop-" + order + "-" + date, "p", "c", FEE), now);
    }

    private OrderView theOrder() {
        return queries.query(new FindOrder(account, order), OrderView.class).join();
    }
}
