package dk.kantinekort.ui.citizen.webshop;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.catalogue.CataloguePlace;
import dk.kantinekort.api.catalogue.ListCataloguePlaces;
import dk.kantinekort.api.catalogue.ListProductsOfPlace;
import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.webshop.DeliveryView;
import dk.kantinekort.api.webshop.OrderLineView;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.api.webshop.OrderView;
import dk.kantinekort.ui.citizen.account.MyAccountsView;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.citizen.payment.PaymentQueries;
import dk.kantinekort.ui.citizen.payment.PaymentSettings;
import dk.kantinekort.ui.testing.PortalUiTest;
import dk.kantinekort.ui.testing.TestClock;
import dk.kantinekort.ui.testing.TestData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The webshop pages on fake gateways: Christian Harms logged in (65,00 kr. on his card, and his relation's account),
 * Anna Jensen's account out of his reach. Today is Thursday 26-11-2026 in Copenhagen; Gladsaxe Skole sells
 * "Frokost" (35,00 kr. per delivery, Monday 30-11 to Friday 04-12) and "Mælk" (6,00 kr., the same days).
 */
@ContextConfiguration(classes = WebshopUiTest.WebshopTestContext.class)
abstract class WebshopUiTest extends PortalUiTest {

    static final String CHRISTIAN_ACCOUNT = TestData.CHRISTIAN_CARD.accountId();
    static final AccountSummary ANNA_CARD = TestData.account("account-anna", TestData.ANNA, "Anna Jensen",
            "010190-", "Betalingskort", 20000, AccountStatus.ACTIVE, "99887766");
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final LocalDate MONDAY = LocalDate.parse("2026-11-30");
    static final List<LocalDate> SCHOOL_DAYS = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2),
            MONDAY.plusDays(3), MONDAY.plusDays(4));
    static final CataloguePlace SCHOOL = new CataloguePlace("gladsaxe-skole", "Gladsaxe Skole");
    static final ProductView LUNCH = new ProductView("frokost", SCHOOL.placeId(), "FROKOST", "Frokost mandag–fredag",
            Money.ofOre(3_500), SCHOOL_DAYS, false);
    static final ProductView MILK = new ProductView("maelk", SCHOOL.placeId(), "MAELK", "Mælk", Money.ofOre(600),
            SCHOOL_DAYS, false);

    @Autowired
    TestClock clock;

    @Override
    protected Set<Class<? extends Component>> routes() {
        return Set.of(MyAccountsView.class, WebshopView.class, OrdersView.class, OrderDetailsView.class,
                WebshopReturnView.class);
    }

    @BeforeEach
    void christianIsLoggedIn() {
        clock.set(NOW);
        citizen.logIn(TestData.CHRISTIAN);
        queries.answer(FindAccessibleAccounts.class, q -> List.of(TestData.CHRISTIAN_CARD, TestData.RELATION_CARD));
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
        queries.answer(ListCataloguePlaces.class, q -> List.of(SCHOOL));
        queries.answer(ListProductsOfPlace.class, q -> q.placeId().equals(SCHOOL.placeId()) && !q.includeWithdrawn()
                ? List.of(LUNCH, MILK) : List.of());
    }

    /** An order as the read model shows it: one line per product and date, with the k/n it derives. */
    static OrderView order(String orderId, OrderPayment payment, OrderStatus status, List<OrderLineView> lines,
                           PaymentDeclineReason failure) {
        return order(orderId, payment, status, lines, failure, null);
    }

    /** As above, each paid delivery charged {@code fee} on the payment card. */
    static OrderView order(String orderId, OrderPayment payment, OrderStatus status, List<OrderLineView> lines,
                           PaymentDeclineReason failure, Money fee) {
        Money total = lines.stream().map(OrderLineView::amount).reduce(Money.ZERO, Money::plus);
        List<DeliveryView> days = new ArrayList<>();
        lines.stream().map(OrderLineView::deliveryDate).distinct().sorted().forEach(date -> {
            List<OrderLineView> ofDay = lines.stream().filter(l -> l.deliveryDate().equals(date)).toList();
            boolean cancelled = ofDay.stream().allMatch(OrderLineView::cancelled);
            boolean paid = ofDay.stream().anyMatch(OrderLineView::paid);
            Money amount = ofDay.stream().filter(l -> !l.cancelled()).map(OrderLineView::amount)
                    .reduce(Money.ZERO, Money::plus);
            days.add(new DeliveryView(date, amount, cancelled ? DeliveryView.State.CANCELLED
                    : paid ? DeliveryView.State.PAID : DeliveryView.State.NOT_PAID,
                    !cancelled && !paid && status == OrderStatus.AWAITING_PAYMENT
                            ? date.atStartOfDay(WebshopDates.COPENHAGEN).toInstant() : null, null,
                    paid && payment == OrderPayment.PAYMENT_CARD ? fee : null));
        });
        int counted = (int) days.stream().filter(d -> d.state() != DeliveryView.State.CANCELLED).count();
        int paid = (int) days.stream().filter(d -> d.state() == DeliveryView.State.PAID).count();
        Instant next = days.stream().map(DeliveryView::chargeAt).filter(Objects::nonNull).findFirst().orElse(null);
        return new OrderView(orderId, CHRISTIAN_ACCOUNT, SCHOOL.placeId(), SCHOOL.name(),
                Instant.parse("2026-11-20T09:00:00Z"), payment, status, total, paid, counted, next, failure,
                payment == OrderPayment.PAYMENT_CARD ? "****1111" : null, lines, days);
    }

    static OrderLineView line(String lineId, LocalDate date, int quantity, boolean cancelled, boolean paid) {
        return new OrderLineView(lineId, "FROKOST", "Frokost mandag–fredag", date, quantity, Money.ofOre(3_500),
                Money.ofOre(3_500L * quantity), cancelled, paid);
    }

    /** The week's lunch, {@code paid} of the five days paid. */
    static List<OrderLineView> week(String orderId, int paid) {
        List<OrderLineView> lines = new ArrayList<>();
        for (int i = 0; i < SCHOOL_DAYS.size(); i++) {
            lines.add(line(orderId + "-" + i, SCHOOL_DAYS.get(i), 1, false, i < paid));
        }
        return lines;
    }

    /** Where the page sent the browser with Page.setLocation, if anywhere. */
    static List<String> browserLocations() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .flatMap(invocation -> invocation.getParameters().stream())
                .filter(Objects::nonNull).map(Object::toString).filter(p -> p.startsWith("http")).toList();
    }

    /** The browser's poll, as it comes every second while a page polls. */
    static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Configuration
    @Import({WebshopQueries.class, PaymentQueries.class})
    static class WebshopTestContext {

        @Bean
        TestClock clock() {
            return new TestClock(NOW);
        }

        @Bean
        PaymentSettings paymentSettings() {
            return new PaymentSettings(true, "https://portal.example/");
        }

        @Bean
        MunicipalitySettings municipalitySettings() {
            return TestData.gladsaxe(TestData.GLADSAXE_TERMS);
        }
    }
}
