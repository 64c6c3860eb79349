package dk.kantinekort.ui.citizen.webshop;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.webshop.CancelOrder;
import dk.kantinekort.api.webshop.CancelOrderLines;
import dk.kantinekort.api.webshop.FindOrder;
import dk.kantinekort.api.webshop.ListOrdersOfAccount;
import dk.kantinekort.api.webshop.OrderLineView;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.api.webshop.OrderView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OrdersViewTest extends WebshopUiTest {

    static final String ORDER = "a1b2c3d4-0000-4000-8000-000000000001";

    @Test
    void visOrdrerWordsEveryStatusAsTheGuideDoes() {
        queries.answer(ListOrdersOfAccount.class, q -> q.accountId().equals(CHRISTIAN_ACCOUNT) ? List.of(
                order("o-waiting", OrderPayment.PAYMENT_CARD, OrderStatus.AWAITING_PAYMENT, week("o-waiting", 2), null),
                order("o-paid", OrderPayment.CANTEEN_CARD, OrderStatus.PAID, week("o-paid", 5), null),
                order("o-failed", OrderPayment.PAYMENT_CARD, OrderStatus.PAYMENT_FAILED, week("o-failed", 1),
                        PaymentDeclineReason.CARD_EXPIRED),
                order("o-details", OrderPayment.PAYMENT_CARD, OrderStatus.AWAITING_PAYMENT_DETAILS,
                        week("o-details", 0), null),
                order("o-cancelled", OrderPayment.CANTEEN_CARD, OrderStatus.CANCELLED, cancelledWeek(), null))
                : List.of());

        open("webshop/ordrer?konto=" + CHRISTIAN_ACCOUNT);

        assertThat(text("order-o-waiting")).contains("Afventer betaling 2/5", "Gladsaxe Skole", "175,00 kr.",
                "20-11-2026");
        assertThat(text("order-o-paid")).contains("Betalt");
        assertThat(text("order-o-failed"))
                .contains("Betaling fejlet: Betalingskortet er udløbet eller erstattet af et nyt.");
        Anchor failedHelp = _get(Anchor.class, spec -> spec.withId("order-o-failed-status-help"));
        assertThat(failedHelp.getText()).isEqualTo("Betaling fejlet: Betalingskortet er udløbet eller erstattet af et nyt.");
        assertThat(failedHelp.getHref()).as("Hjælp's Ordrestatus forklaringer").isEqualTo("hjaelp?emne=ordrestatus");
        assertThat(_find(Anchor.class, spec -> spec.withId("order-o-paid-status-help"))).isEmpty();
        assertThat(text("order-o-details")).contains("Afventer betalingsoplysninger");
        assertThat(text("order-o-cancelled")).contains("Annulleret");
        assertThat(_find(Button.class, spec -> spec.withId("order-o-waiting-cancel"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("order-o-cancelled-cancel")))
                .as("nothing left to cancel").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("order-o-cancelled-show"))).hasSize(1);
    }

    @Test
    void visOpensTheOrderOfThisAccount() {
        OrderView paid = order(ORDER, OrderPayment.CANTEEN_CARD, OrderStatus.PAID, week(ORDER, 5), null);
        queries.answer(ListOrdersOfAccount.class, q -> List.of(paid));
        queries.answer(FindOrder.class, q -> q.accountId().equals(CHRISTIAN_ACCOUNT) ? paid : null);
        open("webshop/ordrer?konto=" + CHRISTIAN_ACCOUNT);

        _click(_get(Button.class, spec -> spec.withId("order-" + ORDER + "-show")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .startsWith("webshop/ordre?").contains("konto=" + CHRISTIAN_ACCOUNT, "ordre=" + ORDER);
        assertThat(text("order-number")).isEqualTo("Ordrenr.: A1B2C3D4");
    }

    @Test
    void annullerCancelsTheWholeOrderAfterAskingAndTheListFollows() {
        AtomicReference<OrderView> shown = new AtomicReference<>(
                order(ORDER, OrderPayment.CANTEEN_CARD, OrderStatus.PAID, week(ORDER, 5), null));
        queries.answer(ListOrdersOfAccount.class, q -> List.of(shown.get()));
        commands.answer(CancelOrder.class, c -> {
            shown.set(order(ORDER, OrderPayment.CANTEEN_CARD, OrderStatus.CANCELLED, cancelledWeek(), null));
            return null;
        });
        open("webshop/ordrer?konto=" + CHRISTIAN_ACCOUNT);

        _click(_get(Button.class, spec -> spec.withId("order-" + ORDER + "-cancel")));
        assertThat(commands.sent(CancelOrder.class)).as("not before it is confirmed").isEmpty();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("order-cancel-confirm")));

        assertThat(commands.sent(CancelOrder.class)).containsExactly(new CancelOrder(CHRISTIAN_ACCOUNT, ORDER));
        assertThat(text("orders-done")).isEqualTo("Ordre A1B2C3D4 er annulleret.");
        assertThat(text("order-" + ORDER)).contains("Annulleret");
        assertThat(_find(Button.class, spec -> spec.withId("order-" + ORDER + "-cancel"))).isEmpty();
    }

    @Test
    void visShowsWhichDeliveriesArePaidAndWhenTheNextIsCharged() {
        queries.answer(FindOrder.class, q -> q.accountId().equals(CHRISTIAN_ACCOUNT) && q.orderId().equals(ORDER)
                ? order(ORDER, OrderPayment.PAYMENT_CARD, OrderStatus.AWAITING_PAYMENT, week(ORDER, 2), null) : null);

        open("webshop/ordre?konto=" + CHRISTIAN_ACCOUNT + "&ordre=" + ORDER);

        assertThat(text("order-status")).isEqualTo("Status: Afventer betaling 2/5");
        assertThat(text("order-paid-deliveries")).isEqualTo("Betalte leveringer: 2 af 5 (30-11-2026, 01-12-2026)");
        assertThat(text("order-next-charge")).isEqualTo("Næste træk på betalingskortet: 02-12-2026");
        assertThat(text("order-payment")).isEqualTo("Betaling: Betalingskort (Dankort/Visa/Mastercard) ****1111");
        assertThat(text("line-" + ORDER + "-0")).contains("Frokost mandag–fredag", "30-11-2026", "35,00 kr.", "Betalt");
        assertThat(text("line-" + ORDER + "-2-state")).isEqualTo("Trækkes 02-12-2026");
    }

    @Test
    void visShowsTheCardFeeOfEachChargedDeliveryAndWhatWasTakenInAll() {
        queries.answer(FindOrder.class, q -> q.accountId().equals(CHRISTIAN_ACCOUNT) && q.orderId().equals(ORDER)
                ? order(ORDER, OrderPayment.PAYMENT_CARD, OrderStatus.AWAITING_PAYMENT, week(ORDER, 2), null,
                Money.ofOre(144)) : null);

        open("webshop/ordre?konto=" + CHRISTIAN_ACCOUNT + "&ordre=" + ORDER);

        assertThat(text("order-fee-2026-11-30")).isEqualTo("Gebyr for levering 30-11-2026: 1,44 kr. (trukket i alt 36,44 kr.)");
        assertThat(text("order-fee-2026-12-01")).isEqualTo("Gebyr for levering 01-12-2026: 1,44 kr. (trukket i alt 36,44 kr.)");
        assertThat(_find(Paragraph.class, spec -> spec.withId("order-fee-2026-12-02")))
                .as("no fee before the delivery is charged").isEmpty();
    }

    @Test
    void theAnnullerButtonsGoFromTheDeliveryDateOnInDanishTime() {
        queries.answer(FindOrder.class, q -> order(ORDER, OrderPayment.CANTEEN_CARD, OrderStatus.PAID,
                week(ORDER, 5), null));
        open("webshop/ordre?konto=" + CHRISTIAN_ACCOUNT + "&ordre=" + ORDER);
        assertThat(cancelButtons()).hasSize(5);

        clock.set(Instant.parse("2026-11-29T22:59:00Z")); // 23:59 Sunday in Copenhagen
        open("webshop/ordre?konto=" + CHRISTIAN_ACCOUNT + "&ordre=" + ORDER);
        assertThat(cancelButtons()).as("Monday's lunch until the day before").hasSize(5);

        clock.set(Instant.parse("2026-11-29T23:00:00Z")); // Monday 00:00 in Copenhagen
        open("webshop/ordre?konto=" + CHRISTIAN_ACCOUNT + "&ordre=" + ORDER);
        assertThat(cancelButtons()).extracting(Button::getId).extracting(id -> id.orElseThrow())
                .doesNotContain("line-" + ORDER + "-0-cancel").hasSize(4);

        clock.set(Instant.parse("2026-12-04T08:00:00Z"));
        queries.answer(ListOrdersOfAccount.class, q -> List.of(order(ORDER, OrderPayment.CANTEEN_CARD,
                OrderStatus.PAID, week(ORDER, 5), null)));
        open("webshop/ordrer?konto=" + CHRISTIAN_ACCOUNT);
        assertThat(_find(Button.class, spec -> spec.withId("order-" + ORDER + "-cancel")))
                .as("the last delivery date has come").isEmpty();
    }

    @Test
    void annullerOnALineSendsCancelOrderLinesWithThatLineAndShowsItCancelledOnceTheReadModelHasIt() {
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<List<OrderLineView>> lines = new AtomicReference<>(week(ORDER, 5));
        queries.answer(FindOrder.class, q -> {
            reads.incrementAndGet();
            return order(ORDER, OrderPayment.CANTEEN_CARD, OrderStatus.PAID, lines.get(), null);
        });
        commands.answer(CancelOrderLines.class, c -> null);
        open("webshop/ordre?konto=" + CHRISTIAN_ACCOUNT + "&ordre=" + ORDER);

        _click(_get(Button.class, spec -> spec.withId("line-" + ORDER + "-3-cancel")));

        assertThat(commands.sent(CancelOrderLines.class))
                .containsExactly(new CancelOrderLines(CHRISTIAN_ACCOUNT, ORDER, List.of(ORDER + "-3")));
        assertThat(UI.getCurrent().getPollInterval()).as("the read model has not caught up: ask again")
                .isEqualTo(1_000);
        List<OrderLineView> after = new ArrayList<>(lines.get());
        OrderLineView cancelled = after.get(3);
        after.set(3, line(cancelled.lineId(), cancelled.deliveryDate(), 1, true, false));
        lines.set(after);

        poll();

        assertThat(text("line-" + ORDER + "-3-state")).isEqualTo("Annulleret");
        assertThat(_find(Button.class, spec -> spec.withId("line-" + ORDER + "-3-cancel"))).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isLessThan(0);
        assertThat(text("order-done")).isEqualTo("Frokost mandag–fredag den 03-12-2026 er annulleret.");
    }

    @Test
    void aRefusedLineCancellationIsSaidInDanish() {
        queries.answer(FindOrder.class, q -> order(ORDER, OrderPayment.CANTEEN_CARD, OrderStatus.PAID,
                week(ORDER, 5), null));
        commands.answer(CancelOrderLines.class, c -> {
            throw new RejectedException(RejectionCode.DELIVERY_DATE_REACHED, "The delivery date has come");
        });
        open("webshop/ordre?konto=" + CHRISTIAN_ACCOUNT + "&ordre=" + ORDER);

        _click(_get(Button.class, spec -> spec.withId("line-" + ORDER + "-0-cancel")));

        assertThat(text("order-message"))
                .isEqualTo("Leveringsdatoen er nået, så det kan ikke længere annulleres eller bestilles.");
    }

    @Test
    void aFailedChargeShowsTheReasonTheGuidesAdviceAndTheHelpTopic() {
        queries.answer(FindOrder.class, q -> order(ORDER, OrderPayment.PAYMENT_CARD, OrderStatus.PAYMENT_FAILED,
                week(ORDER, 1), PaymentDeclineReason.CARD_BLOCKED));

        open("webshop/ordre?konto=" + CHRISTIAN_ACCOUNT + "&ordre=" + ORDER);

        assertThat(text("order-failure-reason")).isEqualTo("Betalingskortet er spærret.");
        assertThat(text("order-failure-advice")).contains("spærret", "Annuller ordren");
        assertThat(_get(Anchor.class, spec -> spec.withId("order-failure-help")).getHref())
                .isEqualTo("hjaelp?emne=webshop-ikke-betalt");
    }

    @Test
    void anOrderIdThatIsNotTheCitizensShowsANeutralNoticeAndNothingOfTheOrder() {
        List<FindOrder> asked = new ArrayList<>();
        queries.answer(FindOrder.class, q -> {
            asked.add(q);
            return null; // the read model answers null for an order that is not the account's
        });

        open("webshop/ordre?konto=" + CHRISTIAN_ACCOUNT + "&ordre=someone-elses-order");
        assertThat(text("order-not-available")).isEqualTo("Ordren kan ikke vises.");

        open("webshop/ordre?konto=" + ANNA_CARD.accountId() + "&ordre=" + ORDER);
        assertThat(text("order-not-available")).isEqualTo("Ordren kan ikke vises.");
        assertThat(asked).as("another person's account is never asked about")
                .allMatch(q -> q.accountId().equals(CHRISTIAN_ACCOUNT));
        assertThat(_find(Button.class, spec -> spec.withId("line-" + ORDER + "-0-cancel"))).isEmpty();
    }

    private static List<Button> cancelButtons() {
        return _find(Button.class).stream().filter(b -> b.getId().orElse("").matches("line-.*-cancel")).toList();
    }

    private static List<OrderLineView> cancelledWeek() {
        return week("o-cancelled", 0).stream()
                .map(l -> line(l.lineId(), l.deliveryDate(), l.quantity(), true, false)).toList();
    }
}
