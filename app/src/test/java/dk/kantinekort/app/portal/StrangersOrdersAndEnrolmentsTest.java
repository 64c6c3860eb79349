package dk.kantinekort.app.portal;

import dk.kantinekort.app.AppWithoutLogin;
import dk.kantinekort.app.payment.Checkouts;
import dk.kantinekort.api.payment.CheckoutStage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.subscription.StartEnrolment;
import dk.kantinekort.api.subscription.Unenrol;
import dk.kantinekort.api.subscription.Unenrolled;
import dk.kantinekort.api.webshop.BasketItem;
import dk.kantinekort.api.webshop.CancelOrder;
import dk.kantinekort.api.webshop.CancelOrderLines;
import dk.kantinekort.api.webshop.CheckOutBasket;
import dk.kantinekort.api.webshop.OrderLinesCancelled;
import dk.kantinekort.api.webshop.OrderPayment;
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
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The attack of issue 14, part 4, on the whole embedded default: Anna, logged in, sends the portal's cancel and
 * Frameld commands naming her own account (so the portal's access check lets them through) but Christian's order or
 * enrolment. The order and the enrolment refuse them themselves, and Christian's stay as they were.
 */
class StrangersOrdersAndEnrolmentsTest {

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
    void aCitizenCannotCancelAStrangersOrderByNamingHerOwnAccount() {
        String christianOrder = christiansPaidLunchOrder();
        String annasAccount = awaitAccount(DemoData.ANNA_CARD).accountId();

        assertRefused(() -> asAnna(new CancelOrder(annasAccount, christianOrder)));
        assertRefused(() -> asAnna(new CancelOrderLines(annasAccount, christianOrder,
                List.of("FROKOST-" + nextMonday()))));

        assertThat(eventsOf(christianOrder)).as("Christian's order has no cancellation")
                .noneMatch(OrderLinesCancelled.class::isInstance);
    }

    @Test
    void aCitizenCannotPlaceAnOrderUnderAStrangersOrderId() {
        String christianOrder = christiansPaidLunchOrder();
        String annasAccount = awaitAccount(DemoData.ANNA_CARD).accountId();
        int before = eventsOf(christianOrder).size();

        assertThatThrownBy(() -> asAnna(new CheckOutBasket(annasAccount, christianOrder, "gladsaxe-skole",
                List.of(new BasketItem("frokost-" + nextMonday(), 1)), OrderPayment.CANTEEN_CARD, null)))
                .as("the order id is taken").isNotNull();

        assertThat(eventsOf(christianOrder)).as("Christian's order is as it was").hasSize(before);
    }

    @Test
    void aCitizenCannotUnenrolAStrangerByNamingHerOwnAccount() {
        String christiansAccount = awaitAccount(DemoData.CHRISTIAN_CARD).accountId();
        String enrolment = UUID.randomUUID().toString();
        asChristian(new StartEnrolment(christiansAccount, enrolment, "frugtordning", "christian@example.dk",
                links()));
        String annasAccount = awaitAccount(DemoData.ANNA_CARD).accountId();

        assertRefused(() -> asAnna(new Unenrol(annasAccount, enrolment)));

        assertThat(eventsOf(enrolment)).as("Christian's enrolment is not ended").noneMatch(Unenrolled.class::isInstance);
    }

    private String christiansPaidLunchOrder() {
        AccountSummary christian = awaitAccount(DemoData.CHRISTIAN_CARD);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new DepositMoney(christian.accountId(),
                        "attack-test-" + UUID.randomUUID(), Money.ofKroner(200), DepositMethod.CASH, "Test"))
                .andMetaData(Metadata.of(Metadata.system("test"), Metadata.Channel.SYSTEM, null)));
        String orderId = UUID.randomUUID().toString();
        asChristian(new CheckOutBasket(christian.accountId(), orderId, "gladsaxe-skole",
                List.of(new BasketItem("frokost-" + nextMonday(), 1)), OrderPayment.CANTEEN_CARD, null));
        assertThat(Checkouts.progress(queries, christian.accountId(), orderId).stage()).isEqualTo(CheckoutStage.PAID);
        return orderId;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable attack) {
        assertThatThrownBy(attack).satisfies(e -> assertThat(RejectedException.rejectionOf(e))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RejectionCode.ACCESS_DENIED)));
    }

    private static List<Object> eventsOf(String aggregateId) {
        return running.app().core().getBean(EventStore.class).readEvents(aggregateId).asStream()
                .map(e -> (Object) e.getPayload()).toList();
    }

    private static <R> R asAnna(Object command) {
        return asCitizen(DemoIdentities.ANNA, command);
    }

    private static <R> R asChristian(Object command) {
        return asCitizen(DemoIdentities.CHRISTIAN, command);
    }

    /** As the portal sends it for the logged-in citizen (PortalCommands): actor citizen:…, channel PORTAL. */
    private static <R> R asCitizen(DemoIdentities.DemoIdentity identity, Object command) {
        String citizenId = await().atMost(WAIT).until(() -> queries.query(
                new FindCitizenByIdentity(identity.subject()), String.class).join(), id -> id != null);
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.citizen(citizenId), Metadata.Channel.PORTAL, null)));
    }

    private static PaymentPageLinks links() {
        String portal = "http://127.0.0.1:" + running.app().portalPort();
        return new PaymentPageLinks(portal + "/abonnementer/tilmelding", portal + "/abonnementer/tilmelding?annulleret=1",
                portal + "/betingelser");
    }

    private static AccountSummary awaitAccount(CardNumber card) {
        return await().atMost(WAIT).until(() -> queries.query(new FindAccountByCard(card), AccountSummary.class)
                .join(), a -> a != null);
    }

    /** The demo catalogue's lunch is for next week's school days. */
    private static LocalDate nextMonday() {
        return LocalDate.now(ZoneId.of("Europe/Copenhagen")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }
}
