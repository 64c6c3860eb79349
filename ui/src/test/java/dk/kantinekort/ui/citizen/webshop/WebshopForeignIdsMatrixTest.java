package dk.kantinekort.ui.citizen.webshop;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.webshop.FindOrder;
import dk.kantinekort.api.webshop.ListOrdersOfAccount;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.api.webshop.OrderView;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, the portal's authorization matrix with other people's ids in the address, through the real webshop
 * pages in a mock Vaadin session: account ids ({@code ?konto=}) and order ids ({@code ?ordre=}). Christian is logged
 * in; the account or order in the address is his own (owner), his relation's (linked citizen: he may act on it) or
 * Anna's (unrelated: he may not). Each order belongs to one account, and the read model answers an order only
 * together with its account (as {@code FindOrder} does). Each cell's answer is written in {@link #EXPECTED}; the
 * route-level cells (anonymous and staff on every route) are {@code ui.security.PortalAuthorizationMatrixTest}.
 */
class WebshopForeignIdsMatrixTest extends WebshopUiTest {

    enum Answer {
        /** The page shows the account or order asked for. */
        SHOWN,
        /** "kan ikke vises": a neutral notice, nothing of the other person's account or order. */
        NOT_SHOWN,
        /** Not logged in: sent to the login page before anything is read. */
        LOGIN_REDIRECT,
        /**
         * The provider's return for an order id that is not the account's: "Vi venter på svar", nothing of the order
         * (the read model answers no order for that account), then "kan ikke vises" when the wait is over.
         */
        WAITING
    }

    enum Visitor { ANONYMOUS, OWNER, LINKED, UNRELATED }

    record Cell(String location, Visitor visitor, Answer answer) {
        @Override
        public String toString() {
            return location + " as " + visitor + " -> " + answer;
        }
    }

    private static final String MINE = TestData.CHRISTIAN_CARD.accountId();
    private static final String LINKED = TestData.RELATION_CARD.accountId();
    private static final String ANNAS = ANNA_CARD.accountId();
    private static final Map<String, String> ORDER_OF_ACCOUNT = Map.of(
            MINE, "order-christian", LINKED, "order-relation", ANNAS, "order-anna");

    private static final List<Cell> EXPECTED = List.of(
            // the shop, for an account
            new Cell(Routes.WEBSHOP + "?konto=" + MINE, Visitor.ANONYMOUS, Answer.LOGIN_REDIRECT),
            new Cell(Routes.WEBSHOP + "?konto=" + MINE, Visitor.OWNER, Answer.SHOWN),
            new Cell(Routes.WEBSHOP + "?konto=" + LINKED, Visitor.LINKED, Answer.SHOWN),
            new Cell(Routes.WEBSHOP + "?konto=" + ANNAS, Visitor.UNRELATED, Answer.NOT_SHOWN),
            // the orders of an account
            new Cell(Routes.WEBSHOP_ORDERS + "?konto=" + MINE, Visitor.ANONYMOUS, Answer.LOGIN_REDIRECT),
            new Cell(Routes.WEBSHOP_ORDERS + "?konto=" + MINE, Visitor.OWNER, Answer.SHOWN),
            new Cell(Routes.WEBSHOP_ORDERS + "?konto=" + LINKED, Visitor.LINKED, Answer.SHOWN),
            new Cell(Routes.WEBSHOP_ORDERS + "?konto=" + ANNAS, Visitor.UNRELATED, Answer.NOT_SHOWN),
            // one order
            new Cell(Routes.WEBSHOP_ORDER + "?konto=" + MINE + "&ordre=order-christian", Visitor.ANONYMOUS,
                    Answer.LOGIN_REDIRECT),
            new Cell(Routes.WEBSHOP_ORDER + "?konto=" + MINE + "&ordre=order-christian", Visitor.OWNER,
                    Answer.SHOWN),
            new Cell(Routes.WEBSHOP_ORDER + "?konto=" + LINKED + "&ordre=order-relation", Visitor.LINKED,
                    Answer.SHOWN),
            new Cell(Routes.WEBSHOP_ORDER + "?konto=" + ANNAS + "&ordre=order-anna", Visitor.UNRELATED,
                    Answer.NOT_SHOWN),
            // someone else's order id next to an account the citizen may act on
            new Cell(Routes.WEBSHOP_ORDER + "?konto=" + MINE + "&ordre=order-anna", Visitor.UNRELATED,
                    Answer.NOT_SHOWN),
            new Cell(Routes.WEBSHOP_ORDER + "?konto=" + LINKED + "&ordre=order-anna", Visitor.UNRELATED,
                    Answer.NOT_SHOWN),
            // the provider's return for an order
            new Cell(Routes.WEBSHOP_PAYMENT_RETURN + "?ordre=order-anna&konto=" + ANNAS + "&paymentId=pay-9",
                    Visitor.UNRELATED, Answer.NOT_SHOWN),
            new Cell(Routes.WEBSHOP_PAYMENT_RETURN + "?ordre=order-anna&konto=" + MINE + "&paymentId=pay-9",
                    Visitor.UNRELATED, Answer.WAITING));

    static List<Cell> cells() {
        return EXPECTED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void anotherPersonsAccountOrOrderInTheAddressIsNeverShown(Cell cell) {
        List<String> accountsAsked = new ArrayList<>();
        queries.answer(ListOrdersOfAccount.class, q -> {
            accountsAsked.add(q.accountId());
            return List.of(orderOf(q.accountId()));
        });
        queries.answer(FindOrder.class, q -> {
            accountsAsked.add(q.accountId());
            return q.orderId().equals(ORDER_OF_ACCOUNT.get(q.accountId())) ? orderOf(q.accountId()) : null;
        });
        if (cell.visitor() == Visitor.ANONYMOUS) {
            citizen.logOut();
        }

        open(cell.location());

        assertThat(answer()).as(cell.location() + " as " + cell.visitor()).isEqualTo(cell.answer());
        assertThat(accountsAsked).as("Anna's account is never asked about").doesNotContain(ANNAS);
        // the return link's payment id is only a signal: ConfirmPayment makes the command side ask the provider,
        // which credits the payment to the order it belongs to; nothing else is sent
        assertThat(commands.sent()).as("only the provider is asked about the payment")
                .allMatch(ConfirmPayment.class::isInstance);
    }

    private static OrderView orderOf(String accountId) {
        return order(ORDER_OF_ACCOUNT.get(accountId), OrderPayment.CANTEEN_CARD, OrderStatus.PAID,
                List.of(line("line-1", MONDAY, 1, false, true)), null);
    }

    private static Answer answer() {
        if (UI.getCurrent().getInternals().getActiveViewLocation().getPath().equals(Routes.LOGIN)) {
            return Answer.LOGIN_REDIRECT;
        }
        if (!_find(Component.class, spec -> spec.withId("webshop-return-waiting")).isEmpty()) {
            return Answer.WAITING;
        }
        boolean refused = _find(Component.class).stream().map(c -> c.getId().orElse(""))
                .anyMatch(id -> id.endsWith("-konto-ignored") || id.endsWith("-not-available"));
        return refused ? Answer.NOT_SHOWN : Answer.SHOWN;
    }
}
