package dk.kantinekort.app.portal;

import dk.kantinekort.app.AppWithoutLogin;
import dk.kantinekort.app.payment.Checkouts;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.payment.CheckoutProgress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.webshop.BasketItem;
import dk.kantinekort.api.webshop.CancelOrder;
import dk.kantinekort.api.webshop.CheckOutBasket;
import dk.kantinekort.api.webshop.FindOrder;
import dk.kantinekort.api.webshop.ListOrdersOfAccount;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderView;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19, item 12, on the whole embedded default: Christian's canteen card holds 65,00 kr.; next week's lunch costs
 * 175,00 kr. The account refuses the checkout, nothing is charged, and no order is left behind in "Vis ordrer".
 */
class RefusedWebshopCheckoutTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();
    static CommandGateway commands;
    static QueryGateway queries;

    @BeforeAll
    static void start() {
        commands = running.app().core().getBean(CommandGateway.class);
        queries = running.app().core().getBean(QueryGateway.class);
    }

    @Test
    void aCanteenCardCheckoutTheAccountRefusesLeavesNoOrderInVisOrdrer() {
        AccountSummary christian = awaitAccount(DemoData.CHRISTIAN_CARD);
        assertThat(christian.balance()).isEqualTo(Money.ofOre(6_500));
        String paidOrder = UUID.randomUUID().toString();
        asChristian(new CheckOutBasket(christian.accountId(), paidOrder, "gladsaxe-skole",
                List.of(new BasketItem("maelk-" + nextMonday(), 1)), OrderPayment.CANTEEN_CARD, null));
        CheckoutProgress paid = Checkouts.progress(queries, christian.accountId(), paidOrder);
        assertThat(paid.stage()).as("30,00 kr. of 65,00 kr.").isEqualTo(CheckoutStage.PAID);
        String refusedOrder = UUID.randomUUID().toString();

        asChristian(new CheckOutBasket(christian.accountId(), refusedOrder, "gladsaxe-skole",
                List.of(new BasketItem("frokost-" + nextMonday(), 1)), OrderPayment.CANTEEN_CARD, null));
        CheckoutProgress refused = Checkouts.progress(queries, christian.accountId(), refusedOrder);

        assertThat(refused.stage()).as("the checkout still says why").isEqualTo(CheckoutStage.PAYMENT_FAILED);
        assertThat(refused.declined()).isEqualTo(PaymentDeclineReason.INSUFFICIENT_FUNDS);
        await().atMost(WAIT).until(() -> orderIds(christian.accountId()).contains(paidOrder)
                && queries.query(new FindAccountByCard(DemoData.CHRISTIAN_CARD), AccountSummary.class).join()
                .balance().equals(Money.ofOre(3_500)));
        assertThat(orderIds(christian.accountId())).as("Vis ordrer keeps no refused order")
                .containsExactly(paidOrder);
        assertThat(queries.query(new FindOrder(christian.accountId(), refusedOrder), OrderView.class).join())
                .isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> asChristian(
                        new CancelOrder(christian.accountId(), refusedOrder)))
                .as("the withdrawn order has nothing left to cancel").isNotNull();
    }

    private static List<String> orderIds(String accountId) {
        return queries.query(new ListOrdersOfAccount(accountId), ResponseTypes.multipleInstancesOf(OrderView.class))
                .join().stream().map(OrderView::orderId).toList();
    }

    /** As the portal sends it for the logged-in citizen (PortalCommands): actor citizen:…, channel PORTAL. */
    private static <R> R asChristian(Object command) {
        String citizenId = await().atMost(WAIT).until(() -> queries.query(
                new FindCitizenByIdentity(DemoIdentities.CHRISTIAN.subject()), String.class).join(), id -> id != null);
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.citizen(citizenId), Metadata.Channel.PORTAL, null)));
    }

    private static AccountSummary awaitAccount(CardNumber card) {
        return await().atMost(WAIT).until(() -> queries.query(new FindAccountByCard(card), AccountSummary.class)
                .join(), a -> a != null && a.balance().isPositive());
    }

    /** The demo catalogue's products are for next week's school days. */
    private static LocalDate nextMonday() {
        return LocalDate.now(ZoneId.of("Europe/Copenhagen")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }
}
