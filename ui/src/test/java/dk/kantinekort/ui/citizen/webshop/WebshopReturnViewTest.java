package dk.kantinekort.ui.citizen.webshop;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.webshop.FindOrder;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderStatus;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WebshopReturnViewTest extends WebshopUiTest {

    static final String ORDER = "b1b2c3d4-0000-4000-8000-000000000002";

    @Test
    void backFromTheHostedPageItConfirmsAndFollowsTheOrderToAfventerBetaling() {
        AtomicReference<OrderStatus> status = new AtomicReference<>(OrderStatus.AWAITING_PAYMENT_DETAILS);
        queries.answer(FindOrder.class, q -> q.accountId().equals(CHRISTIAN_ACCOUNT)
                ? order(ORDER, OrderPayment.PAYMENT_CARD, status.get(), week(ORDER, 0), null) : null);
        commands.answer(ConfirmPayment.class, c -> null);

        open("webshop/betaling?ordre=" + ORDER + "&konto=" + CHRISTIAN_ACCOUNT + "&paymentId=pay-1");

        assertThat(commands.sent(ConfirmPayment.class)).containsExactly(new ConfirmPayment("pay-1"));
        assertThat(text("webshop-return-waiting")).contains("venter");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1_000);

        status.set(OrderStatus.AWAITING_PAYMENT);
        poll();

        assertThat(text("webshop-return-status")).contains("Afventer betaling 0/5");
        assertThat(text("webshop-return-next-charge")).isEqualTo("Næste træk på betalingskortet: 30-11-2026");
        assertThat(text("webshop-return-order-link")).isEqualTo("Vis ordren");
        assertThat(UI.getCurrent().getPollInterval()).isLessThan(0);
    }

    @Test
    void cancelledOnTheHostedPageItSaysTheOrderWaitsForPaymentDetailsAndCanBeDeleted() {
        commands.answer(ConfirmPayment.class, c -> null);

        open("webshop/betaling?ordre=" + ORDER + "&konto=" + CHRISTIAN_ACCOUNT + "&annulleret=1&paymentId=pay-2");

        assertThat(text("webshop-return-cancelled")).contains("afventer betalingsoplysninger", "annullere (slette)");
        assertThat(_get(Anchor.class, spec -> spec.withId("webshop-return-orders-link")).getHref())
                .isEqualTo("webshop/ordrer?konto=" + CHRISTIAN_ACCOUNT);
        assertThat(commands.sent(ConfirmPayment.class)).containsExactly(new ConfirmPayment("pay-2"));
    }

    @Test
    void anotherPersonsAccountInTheAddressShowsNothing() {
        open("webshop/betaling?ordre=" + ORDER + "&konto=" + ANNA_CARD.accountId() + "&paymentId=pay-3");

        assertThat(text("webshop-return-not-available")).isEqualTo("Ordren kan ikke vises.");
        assertThat(commands.sent()).isEmpty();
    }
}
