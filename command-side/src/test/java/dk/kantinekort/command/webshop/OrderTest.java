package dk.kantinekort.command.webshop;


import static dk.kantinekort.command.TestSeals.sealed;
import dk.kantinekort.api.webshop.RecordOrderCheckout;
import dk.kantinekort.api.payment.PaymentCheckoutCreated;
import dk.kantinekort.api.payment.CheckoutPurpose;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.webshop.BeginDeliveryCharge;
import dk.kantinekort.api.webshop.CancelOrder;
import dk.kantinekort.api.webshop.CancelOrderLines;
import dk.kantinekort.api.webshop.CompleteDeliveryCharge;
import dk.kantinekort.api.webshop.ConfirmCanteenCardPayment;
import dk.kantinekort.api.webshop.DeliveryChargeDue;
import dk.kantinekort.api.webshop.EndOrderOfFormerLink;
import dk.kantinekort.api.webshop.DeliveryChargeFailed;
import dk.kantinekort.api.webshop.DeliveryCharged;
import dk.kantinekort.api.webshop.FailDeliveryCharge;
import dk.kantinekort.api.webshop.FailOrderPayment;
import dk.kantinekort.api.webshop.OrderPaymentFailed;
import dk.kantinekort.api.webshop.OrderCheckoutExpired;
import dk.kantinekort.api.webshop.OrderLine;
import dk.kantinekort.api.webshop.OrderLinesCancelled;
import dk.kantinekort.api.webshop.OrderPaidWithCanteenCard;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderPaymentCardSaved;
import dk.kantinekort.api.webshop.OrderPlaced;
import dk.kantinekort.api.webshop.PlaceOrder;
import dk.kantinekort.api.webshop.SaveOrderPaymentCard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a webshop order: cancel until the day before delivery, refunds, k/n charges, failures. */
class OrderTest {

    static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
    static final LocalDate FRIDAY_BEFORE = MONDAY.minusDays(3);
    static final Money LUNCH = Money.ofOre(3_500);
    static final String ORDER = "order-1";
    static final String ACCOUNT = "account-1";
    static final String PLACE = "gladsaxe-skole";
    static final String TOKEN = "saved-card-1";
    /** The payment-card fee in force at checkout: 1,00 kr. + 1,25 % (1,44 kr. on a 35,00 kr. lunch). */
    static final FeeRule CARD_FEE = new FeeRule(100, 125);
    static final Money LUNCH_FEE = Money.ofOre(144);

    AggregateTestFixture<Order> fixture;
    MutableClock clock;

    @BeforeEach
    void fixture() {
        clock = MutableClock.at(FRIDAY_BEFORE);
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(dk.kantinekort.command.TestSeals.holderSeal());
    }

    static List<OrderLine> lunchesMondayToFriday() {
        return IntStream.range(0, 5).mapToObj(i -> MONDAY.plusDays(i))
                .map(d -> new OrderLine("FROKOST-" + d, "frokost", "FROKOST", "Frokost", d, 1, LUNCH)).toList();
    }

    static OrderPlaced placed(OrderPayment payment) {
        return placed(payment, payment == OrderPayment.PAYMENT_CARD ? CARD_FEE : null);
    }

    static OrderPlaced placed(OrderPayment payment, FeeRule cardFee) {
        return new OrderPlaced(ORDER, ACCOUNT, PLACE, lunchesMondayToFriday(), payment, LUNCH.times(5),
                FRIDAY_BEFORE.atTime(LocalTime.NOON).atZone(CanteenCalendar.ZONE).toInstant().plusSeconds(86_400),
                cardFee, null);
    }

    static PlaceOrder placeOrder(OrderPayment payment) {
        return new PlaceOrder(ORDER, ACCOUNT, PLACE, lunchesMondayToFriday(), payment,
                payment == OrderPayment.PAYMENT_CARD ? CARD_FEE : null);
    }

    static SaveOrderPaymentCard saveCard() {
        return new SaveOrderPaymentCard(ORDER, "payment-1", TOKEN, "Visa", "4925********0004", "12/31");
    }

    static OrderPaymentCardSaved cardSaved() {
        return new OrderPaymentCardSaved(ORDER, ACCOUNT, "payment-1", sealed(TOKEN), "Visa", sealed("4925********0004"),
                sealed("12/31"));
    }

    static DeliveryChargeDue due(LocalDate date) {
        return due(date, LUNCH_FEE);
    }

    static DeliveryChargeDue due(LocalDate date, Money fee) {
        return new DeliveryChargeDue(ORDER, ACCOUNT, date, List.of("FROKOST-" + date), LUNCH, sealed(TOKEN),
                "webshop-" + ORDER + "-" + date, fee);
    }

    static DeliveryCharged charged(LocalDate date) {
        return new DeliveryCharged(ORDER, ACCOUNT, PLACE, date, List.of("FROKOST-" + date), LUNCH,
                "webshop-" + ORDER + "-" + date, "p-" + date, "c-" + date, LUNCH_FEE);
    }

    static Instant startOf(LocalDate date) {
        return CanteenCalendar.startOf(date);
    }

    static OrderPlaced placedBy(String citizenId) {
        OrderPlaced p = placed(OrderPayment.PAYMENT_CARD);
        return new OrderPlaced(p.orderId(), p.accountId(), p.placeId(), p.lines(), p.payment(), p.total(),
                p.checkoutExpiresAt(), p.cardFee(), citizenId);
    }

    @Test
    void thePaymentCardsHostedPageIsRecordedWithItsAddress_theCanteenCardHasNone() {
        fixture.given(placed(OrderPayment.PAYMENT_CARD))
                .when(new RecordOrderCheckout(ORDER, "pay-1", "https://psp.example/hosted/pay-1"))
                .expectEvents(new PaymentCheckoutCreated(ACCOUNT, ORDER, "pay-1", CheckoutPurpose.WEBSHOP_ORDER,
                        Money.ZERO, "https://psp.example/hosted/pay-1"));
        fixture.given(placed(OrderPayment.CANTEEN_CARD))
                .when(new RecordOrderCheckout(ORDER, "pay-1", "https://psp.example/hosted/pay-1"))
                .expectNoEvents();
    }

    @Test
    void anOrderRecordsTheCitizenWhoPlacedIt() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(OrderPayment.PAYMENT_CARD), java.util.Map.of("actor", "citizen:parent"))
                .expectEvents(placedBy("parent"));
    }

    @Test
    void theEndOfTheOrderersLinkCancelsEveryDeliveryNotChargedYet_evenOnesPastTheCancellationDay() {
        clock.moveTo(MONDAY.plusDays(1), LocalTime.of(12, 0));
        fixture.given(placedBy("parent"), cardSaved(), due(MONDAY), charged(MONDAY), due(MONDAY.plusDays(1)))
                .when(new EndOrderOfFormerLink(ORDER, "parent"))
                .expectEvents(new OrderLinesCancelled(ORDER, ACCOUNT, PLACE, ORDER + "-cancellation-1",
                        List.of("FROKOST-" + MONDAY.plusDays(2), "FROKOST-" + MONDAY.plusDays(3),
                                "FROKOST-" + MONDAY.plusDays(4)), OrderPayment.PAYMENT_CARD, Money.ZERO, false));
    }

    @Test
    void theEndOfSomeoneElsesLinkLeavesTheOrder() {
        fixture.given(placedBy("child"), cardSaved())
                .when(new EndOrderOfFormerLink(ORDER, "parent"))
                .expectNoEvents();
    }

    @Test
    void aPlacedOrderWaitsADayForItsPaymentDetailsThenExpires() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(OrderPayment.PAYMENT_CARD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(placed(OrderPayment.PAYMENT_CARD))
                .expectScheduledDeadline(placed(OrderPayment.PAYMENT_CARD).checkoutExpiresAt(),
                        new Order.CheckoutExpiry(ORDER));
    }

    @Test
    void anOrderForADeliveryDateThatHasComeIsRefused() {
        clock.moveTo(MONDAY, LocalTime.of(0, 1));
        fixture.givenNoPriorActivity()
                .when(placeOrder(OrderPayment.CANTEEN_CARD))
                .expectException(RejectedException.class)
                .expectExceptionMessage("The delivery date 2030-03-04 has come");
    }

    @Test
    void checkoutNotFinishedWithinADay_expires() {
        fixture.givenCommands(placeOrder(OrderPayment.PAYMENT_CARD))
                .whenTimeAdvancesTo(placed(OrderPayment.PAYMENT_CARD).checkoutExpiresAt())
                .expectEvents(new OrderCheckoutExpired(ORDER, ACCOUNT));
    }

    @Test
    void savingTheCardSchedulesOneChargePerDeliveryDayAndDropsTheExpiry() {
        fixture.given(placed(OrderPayment.PAYMENT_CARD))
                .when(new SaveOrderPaymentCard(ORDER, "payment-1", TOKEN, "Visa", "4925********0004", "12/31"))
                .expectEvents(cardSaved())
                .expectNoScheduledDeadlineWithName(placed(OrderPayment.PAYMENT_CARD).checkoutExpiresAt(),
                        Order.CHECKOUT_EXPIRY)
                .expectScheduledDeadline(startOf(MONDAY), new Order.DeliveryDay(MONDAY))
                .expectScheduledDeadline(startOf(MONDAY.plusDays(4)), new Order.DeliveryDay(MONDAY.plusDays(4)));
    }

    @Test
    void aDeliveryDayFallsDueOnItsDay() {
        fixture.givenCommands(placeOrder(OrderPayment.PAYMENT_CARD), saveCard())
                .whenTimeAdvancesTo(startOf(MONDAY))
                .expectEvents(due(MONDAY));
    }

    @Test
    void aPaymentCardOrderKeepsTheFeeRuleInForceAtCheckout() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(OrderPayment.PAYMENT_CARD))
                .expectEvents(placed(OrderPayment.PAYMENT_CARD, CARD_FEE));
    }

    @Test
    void aCanteenCardOrderIsNoCardTransactionAndKeepsNoFeeRule() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOrder(ORDER, ACCOUNT, PLACE, lunchesMondayToFriday(), OrderPayment.CANTEEN_CARD,
                        CARD_FEE))
                .expectEvents(placed(OrderPayment.CANTEEN_CARD, null));
    }

    @Test
    void aDeliveryFallsDueWithTheFeeOfTheRuleCapturedAtCheckout() {
        FeeRule atCheckout = new FeeRule(250, 300); // 2,50 kr. + 3 % of 35,00 kr. = 3,55 kr.
        fixture.given(placed(OrderPayment.PAYMENT_CARD, atCheckout))
                .andGivenCommands(saveCard())
                .whenTimeAdvancesTo(startOf(MONDAY))
                .expectEvents(due(MONDAY, Money.ofOre(355)));
    }

    @Test
    void anOrderPlacedBeforeCardFeesChargesItsDeliveriesWithoutAFee() {
        fixture.given(placed(OrderPayment.PAYMENT_CARD, null))
                .andGivenCommands(saveCard())
                .whenTimeAdvancesTo(startOf(MONDAY))
                .expectEvents(due(MONDAY, Money.ZERO));
    }

    @Test
    void theChargedDeliveryRecordsTheFeeThatFellDue() {
        fixture.given(placed(OrderPayment.PAYMENT_CARD), cardSaved(), due(MONDAY, Money.ofOre(355)))
                .when(new CompleteDeliveryCharge(ORDER, MONDAY, "p-" + MONDAY, "c-" + MONDAY))
                .expectEvents(new DeliveryCharged(ORDER, ACCOUNT, PLACE, MONDAY, List.of("FROKOST-" + MONDAY), LUNCH,
                        "webshop-" + ORDER + "-" + MONDAY, "p-" + MONDAY, "c-" + MONDAY, Money.ofOre(355)));
    }

    @Test
    void aDeliveryFallsDueOnceHoweverOftenItsDeadlineFires() {
        fixture.givenCommands(placeOrder(OrderPayment.PAYMENT_CARD), saveCard())
                .andGiven(due(MONDAY))
                .whenTimeAdvancesTo(startOf(MONDAY))
                .expectNoEvents();
    }

    @Test
    void aDeliveryIsChargedOnce() {
        fixture.given(placed(OrderPayment.PAYMENT_CARD), cardSaved(), due(MONDAY), charged(MONDAY))
                .when(new CompleteDeliveryCharge(ORDER, MONDAY, "p-again", "c-again"))
                .expectNoEvents();
    }

    @Test
    void aChargedDeliveryIsNoLongerDue() {
        fixture.given(placed(OrderPayment.PAYMENT_CARD), cardSaved(), due(MONDAY), charged(MONDAY))
                .when(new BeginDeliveryCharge(ORDER, MONDAY))
                .expectResultMessagePayload(false);
    }

    @Test
    void aDueDeliveryIsCharged_kOfN() {
        fixture.given(placed(OrderPayment.PAYMENT_CARD), cardSaved(), due(MONDAY))
                .when(new CompleteDeliveryCharge(ORDER, MONDAY, "p-" + MONDAY, "c-" + MONDAY))
                .expectEvents(charged(MONDAY));
    }

    @Test
    void aRefusedChargeLeavesTheReason() {
        fixture.given(placed(OrderPayment.PAYMENT_CARD), cardSaved(), due(MONDAY))
                .when(new FailDeliveryCharge(ORDER, MONDAY, PaymentDeclineReason.CARD_EXPIRED))
                .expectEvents(new DeliveryChargeFailed(ORDER, ACCOUNT, MONDAY, LUNCH,
                        PaymentDeclineReason.CARD_EXPIRED));
    }

    @Test
    void aPaymentCardLineCancelledBeforeItsDayIsNeverCharged() {
        LocalDate thursday = MONDAY.plusDays(3);
        fixture.givenCommands(placeOrder(OrderPayment.PAYMENT_CARD), saveCard())
                .when(new CancelOrderLines(ACCOUNT, ORDER, List.of("FROKOST-" + thursday)))
                .expectEvents(new OrderLinesCancelled(ORDER, ACCOUNT, PLACE, ORDER + "-cancellation-1",
                        List.of("FROKOST-" + thursday), OrderPayment.PAYMENT_CARD, Money.ZERO, false));
    }

    @Test
    void theDeliveryDaysOfAWeekFallDueButACancelledOne() {
        LocalDate thursday = MONDAY.plusDays(3);
        fixture.givenCommands(placeOrder(OrderPayment.PAYMENT_CARD), saveCard(),
                        new CancelOrderLines(ACCOUNT, ORDER, List.of("FROKOST-" + thursday)))
                .whenTimeAdvancesTo(startOf(MONDAY.plusDays(4)))
                .expectEvents(due(MONDAY), due(MONDAY.plusDays(1)), due(MONDAY.plusDays(2)), due(MONDAY.plusDays(4)));
    }

    @Test
    void cancellingALineOnItsDeliveryDateIsRefused() {
        clock.moveTo(MONDAY, LocalTime.of(0, 0));
        fixture.given(placed(OrderPayment.CANTEEN_CARD), new OrderPaidWithCanteenCard(ORDER, ACCOUNT, LUNCH.times(5)))
                .when(new CancelOrderLines(ACCOUNT, ORDER, List.of("FROKOST-" + MONDAY)))
                .expectException(RejectedException.class)
                .expectExceptionMessage("The delivery date 2030-03-04 of line FROKOST-2030-03-04 has come")
                .expectNoEvents();
    }

    @Test
    void aCanteenCardLineCancelledTheDayBeforeIsRefundedItsAmount() {
        clock.moveTo(MONDAY.minusDays(1), LocalTime.of(23, 59));
        fixture.given(placed(OrderPayment.CANTEEN_CARD), new OrderPaidWithCanteenCard(ORDER, ACCOUNT, LUNCH.times(5)))
                .when(new CancelOrderLines(ACCOUNT, ORDER, List.of("FROKOST-" + MONDAY, "FROKOST-" + MONDAY.plusDays(1))))
                .expectEvents(new OrderLinesCancelled(ORDER, ACCOUNT, PLACE, ORDER + "-cancellation-1",
                        List.of("FROKOST-" + MONDAY, "FROKOST-" + MONDAY.plusDays(1)), OrderPayment.CANTEEN_CARD,
                        LUNCH.times(2), false));
    }

    @Test
    void cancellingTheWholeOrderMidweekCancelsOnlyTheLinesStillToCome() {
        clock.moveTo(MONDAY.plusDays(1), LocalTime.NOON);
        List<String> wednesdayToFriday = IntStream.range(2, 5).mapToObj(i -> "FROKOST-" + MONDAY.plusDays(i)).toList();
        fixture.given(placed(OrderPayment.CANTEEN_CARD), new OrderPaidWithCanteenCard(ORDER, ACCOUNT, LUNCH.times(5)))
                .when(new CancelOrder(ACCOUNT, ORDER))
                .expectEvents(new OrderLinesCancelled(ORDER, ACCOUNT, PLACE, ORDER + "-cancellation-1",
                        wednesdayToFriday, OrderPayment.CANTEEN_CARD, LUNCH.times(3), false));
    }

    @Test
    void cancellingEveryLineCancelsTheOrder() {
        fixture.given(placed(OrderPayment.CANTEEN_CARD), new OrderPaidWithCanteenCard(ORDER, ACCOUNT, LUNCH.times(5)))
                .when(new CancelOrder(ACCOUNT, ORDER))
                .expectEvents(new OrderLinesCancelled(ORDER, ACCOUNT, PLACE, ORDER + "-cancellation-1",
                        lunchesMondayToFriday().stream().map(OrderLine::lineId).toList(), OrderPayment.CANTEEN_CARD,
                        LUNCH.times(5), true));
    }

    @Test
    void aLineCannotBeCancelledTwice() {
        OrderLinesCancelled first = new OrderLinesCancelled(ORDER, ACCOUNT, PLACE, ORDER + "-cancellation-1",
                List.of("FROKOST-" + MONDAY), OrderPayment.CANTEEN_CARD, LUNCH, false);
        fixture.given(placed(OrderPayment.CANTEEN_CARD), new OrderPaidWithCanteenCard(ORDER, ACCOUNT, LUNCH.times(5)),
                        first)
                .when(new CancelOrderLines(ACCOUNT, ORDER, List.of("FROKOST-" + MONDAY)))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aCanteenCardPaymentTheAccountRefusesWithdrawsTheOrderAndItsExpiry() {
        fixture.givenCommands(placeOrder(OrderPayment.CANTEEN_CARD))
                .when(new FailOrderPayment(ORDER, PaymentDeclineReason.INSUFFICIENT_FUNDS))
                .expectEvents(new OrderPaymentFailed(ORDER, ACCOUNT, PaymentDeclineReason.INSUFFICIENT_FUNDS))
                .expectNoScheduledDeadlineWithName(placed(OrderPayment.CANTEEN_CARD).checkoutExpiresAt(),
                        Order.CHECKOUT_EXPIRY);
    }

    @Test
    void anOrderWithdrawnAfterARefusedPaymentHasNothingLeftToCancel() {
        fixture.given(placed(OrderPayment.CANTEEN_CARD),
                        new OrderPaymentFailed(ORDER, ACCOUNT, PaymentDeclineReason.INSUFFICIENT_FUNDS))
                .when(new CancelOrder(ACCOUNT, ORDER))
                .expectException(RejectedException.class)
                .expectExceptionMessage("Nothing of the order is left to cancel")
                .expectNoEvents();
    }

    @Test
    void aCanteenCardPaymentIsRecordedOnce() {
        fixture.given(placed(OrderPayment.CANTEEN_CARD), new OrderPaidWithCanteenCard(ORDER, ACCOUNT, LUNCH.times(5)))
                .when(new ConfirmCanteenCardPayment(ORDER))
                .expectNoEvents();
    }

    @Test
    void cancellingAStrangersOrderByNamingOnesOwnAccountIsRefused() {
        fixture.given(placed(OrderPayment.CANTEEN_CARD), new OrderPaidWithCanteenCard(ORDER, ACCOUNT, LUNCH.times(5)))
                .when(new CancelOrder("account-of-someone-else", ORDER))
                .expectException(RejectedException.class)
                .expectExceptionMessage("The order is not an order of the account named")
                .expectNoEvents();
    }

    @Test
    void cancellingLinesOfAStrangersOrderByNamingOnesOwnAccountIsRefused() {
        fixture.given(placed(OrderPayment.CANTEEN_CARD), new OrderPaidWithCanteenCard(ORDER, ACCOUNT, LUNCH.times(5)))
                .when(new CancelOrderLines("account-of-someone-else", ORDER, List.of("FROKOST-" + MONDAY)))
                .expectException(RejectedException.class)
                .expectExceptionMessage("The order is not an order of the account named")
                .expectNoEvents();
    }
}
