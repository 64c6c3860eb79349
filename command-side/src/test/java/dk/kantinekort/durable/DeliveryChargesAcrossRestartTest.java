package dk.kantinekort.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.catalogue.OfferProduct;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.scheme.ChangeFeeSchedule;
import dk.kantinekort.api.scheme.SchemeId;
import dk.kantinekort.api.webshop.OrderPaymentCardSaved;
import dk.kantinekort.api.webshop.BasketItem;
import dk.kantinekort.api.webshop.CancelOrderLines;
import dk.kantinekort.api.webshop.CheckOutBasket;
import dk.kantinekort.api.webshop.DeliveryCharged;
import dk.kantinekort.api.payment.CheckoutProgress;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.command.payment.provider.SavedCardChargeRequest;
import dk.kantinekort.command.webshop.CanteenCalendar;
import dk.kantinekort.command.payment.provider.FakePaymentProvider;
import dk.kantinekort.command.webshop.MutableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * F15 scheduling end to end on the real command side (H2 event store, db-scheduler deadlines, tracking processors):
 * a lunch Monday to Friday paid by payment card is charged day by day as a test clock moves; Thursday is cancelled
 * on Tuesday; the command side is stopped and started again between Tuesday and Wednesday, with the provider down
 * for the first attempt after the restart; exactly four charges are made, each of the lunch plus the card fee in
 * force at checkout (staff change the fee schedule after checkout: the order keeps its fee).
 *
 * <p>The provider is {@link FakePaymentProvider}, not the app's simulator: the command side must not depend on
 * module app, and the fake outlives both application contexts the way a real provider outlives a restart of the
 * ledger, honouring idempotency keys as Nexi documents them. The package lies outside the command side's component
 * scan, so other tests' contexts never see this test's clock and provider.
 */
class DeliveryChargesAcrossRestartTest {

    static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
    static final MutableClock CLOCK = MutableClock.at(MONDAY.minusDays(3));
    final DurableCommandSide commandSide = new DurableCommandSide("webshop", CLOCK);

    @AfterEach
    void stop() {
        commandSide.close();
    }

    @Test
    void aFiveDayOrderIsChargedDayByDayWithTheCheckoutFee_aCancelledDayNever_andARestartNeitherSkipsNorDoubles() {
        commandSide.start();
                String productId = "frokost-" + UUID.randomUUID();
        String orderId = UUID.randomUUID().toString();
        // a person registered with a data key of their own: the saved card is sealed with it
        String accountId = commandSide.<AccountOpening>send(new OpenAccountForPerson(Cpr.parse("0101904"
                + String.format("%03d", (int) (Math.random() * 1000))), "Kortholder", null,
                DurableCommandSide.randomCard(), null)).accountId();
        commandSide.send(new OfferProduct(productId, "gladsaxe-skole", "FROKOST", "Frokost",
                Money.ofOre(3_500), IntStream.range(0, 5).mapToObj(MONDAY::plusDays).toList()));

        commandSide.send(new CheckOutBasket(accountId, orderId, "gladsaxe-skole",
                List.of(new BasketItem(productId, 1)), OrderPayment.PAYMENT_CARD, new PaymentPageLinks(
                "https://portal.example/webshop/kvittering", "https://portal.example/webshop",
                "https://portal.example/vilkaar")));
        CheckoutProgress checkout = commandSide.progress(accountId, orderId);
        assertThat(checkout.stage()).isEqualTo(CheckoutStage.HOSTED_PAGE);
        assertThat(checkout.total()).isEqualTo(Money.ofOre(17_500));
        String paymentId = checkout.hostedPageUrl().substring(checkout.hostedPageUrl().lastIndexOf('/') + 1);
        commandSide.send(new ConfirmPayment(paymentId));
        // the confirmation is a signal: the payment-confirmation process saves the order's card a moment later
        await().atMost(DurableCommandSide.PATIENCE)
                .until(() -> !commandSide.eventsOf(orderId, OrderPaymentCardSaved.class).isEmpty());
        // staff raise the card fee after the checkout: the order keeps 1,00 kr. + 1,25 % (1,44 kr. on 35,00 kr.)
        commandSide.send(new ChangeFeeSchedule(SchemeId.MUNICIPALITY, DepositMethod.PAYMENT_CARD, 500, 0));

        commandSide.dayComes(MONDAY);
        awaitCharges(orderId, 1);
        commandSide.dayComes(MONDAY.plusDays(1));
        awaitCharges(orderId, 2);
        commandSide.send(new CancelOrderLines(accountId, orderId, List.of("FROKOST-" + MONDAY.plusDays(3))));

        commandSide.close();
        commandSide.provider.unreachableFor(1);
        commandSide.start();

        commandSide.dayComes(MONDAY.plusDays(2));
        awaitCharges(orderId, 3);
        commandSide.dayComes(MONDAY.plusDays(3));
        commandSide.awaitNothingDue();
        assertThat(commandSide.chargesOf(orderId)).hasSize(3);
        commandSide.dayComes(MONDAY.plusDays(4));
        awaitCharges(orderId, 4);

        assertThat(commandSide.chargesOf(orderId)).containsExactlyInAnyOrder("webshop-" + orderId + "-" + MONDAY,
                "webshop-" + orderId + "-" + MONDAY.plusDays(1), "webshop-" + orderId + "-" + MONDAY.plusDays(2),
                "webshop-" + orderId + "-" + MONDAY.plusDays(4));
        assertThat(deliveriesChargedOn(orderId)).as("each delivery recorded once")
                .containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(4));
        assertThat(commandSide.chargeRequestsOf(orderId)).extracting(SavedCardChargeRequest::itemName)
                .as("named after the delivery at the provider").containsExactlyInAnyOrder("Webshop 04-03-2030",
                        "Webshop 05-03-2030", "Webshop 06-03-2030", "Webshop 08-03-2030");
        assertThat(commandSide.chargeRequestsOf(orderId)).as("the card is charged the lunch plus the checkout fee")
                .hasSize(4).allSatisfy(request -> {
                    assertThat(request.amountOre()).isEqualTo(3_500);
                    assertThat(request.feeOre()).isEqualTo(144);
                    assertThat(request.totalOre()).isEqualTo(3_644);
                });
        assertThat(feesRecorded(orderId)).as("each charge records its fee").containsOnly(Money.ofOre(144));
    }

    private List<Money> feesRecorded(String orderId) {
        return commandSide.eventsOf(orderId, DeliveryCharged.class).stream().map(DeliveryCharged::fee).toList();
    }

    private void awaitCharges(String orderId, int count) {
        await().atMost(DurableCommandSide.PATIENCE)
                .untilAsserted(() -> assertThat(deliveriesChargedOn(orderId)).hasSize(count));
        assertThat(commandSide.chargesOf(orderId)).hasSize(count);
    }

    private List<LocalDate> deliveriesChargedOn(String orderId) {
        return commandSide.datesOf(orderId, DeliveryCharged.class, DeliveryCharged::deliveryDate);
    }

    static {
        // the zone the canteens count days in, whatever the machine's
        assertThat(CanteenCalendar.ZONE.getId()).isEqualTo("Europe/Copenhagen");
    }
}
