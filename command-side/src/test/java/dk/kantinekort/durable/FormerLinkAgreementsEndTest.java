package dk.kantinekort.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.catalogue.OfferPlan;
import dk.kantinekort.api.catalogue.OfferProduct;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AutoTopUpAgreed;
import dk.kantinekort.api.payment.AutoTopUpCancelled;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.payment.StartAutoTopUpSignup;
import dk.kantinekort.api.relation.LinkRequestOutcome;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.api.relation.WithdrawAccountLink;
import dk.kantinekort.api.subscription.EnrolmentActivated;
import dk.kantinekort.api.subscription.EnrolmentRequested;
import dk.kantinekort.api.subscription.StartEnrolment;
import dk.kantinekort.api.subscription.Unenrolled;
import dk.kantinekort.api.webshop.BasketItem;
import dk.kantinekort.api.webshop.CheckOutBasket;
import dk.kantinekort.api.webshop.OrderLinesCancelled;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderPaymentCardSaved;
import dk.kantinekort.command.webshop.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, part 3, on the real command side (H2 event store, look-ups, tracking processors, deadlines): when the
 * owner ends a parent's link, the automatic top-up, the subscription and the webshop order on a saved card that the
 * parent made on the child's account end with it, so the parent's card is charged no more and no receipt of the
 * account reaches them; the child's own subscription stays.
 */
class FormerLinkAgreementsEndTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2030, 4, 3);
    static final MutableClock CLOCK = MutableClock.at(WEDNESDAY);
    static final PaymentPageLinks LINKS = new PaymentPageLinks("https://portal.example/retur",
            "https://portal.example/annuller", "https://portal.example/betingelser");
    final DurableCommandSide commandSide = new DurableCommandSide("former-links", CLOCK);

    @AfterEach
    void stop() {
        commandSide.close();
    }

    @Test
    void endingALinkEndsTheAutoTopUpEnrolmentAndSavedCardOrderTheFormerLinkedPersonMade_notTheOwnersOwn() {
        CLOCK.moveTo(WEDNESDAY, LocalTime.of(9, 0));
        commandSide.start();
        Cpr childCpr = Cpr.parse("0101204" + String.format("%03d", (int) (Math.random() * 1000))); // born 2020
        AccountOpening parent = commandSide.send(new OpenAccountForPerson(Cpr.parse("1203751234"), "Forælder",
                "foraelder@example.dk", DurableCommandSide.randomCard(), null));
        AccountOpening child = commandSide.send(new OpenAccountForPerson(childCpr, "Barn", "barn@example.dk",
                DurableCommandSide.randomCard(), null));
        String account = child.accountId();
        LinkRequestOutcome link = asCitizen(parent.citizenId(), new RequestAccountLink(UUID.randomUUID().toString(),
                parent.citizenId(), childCpr, child.cardNumber().value()));
        assertThat(link.status()).as("a parent with the child's card").isEqualTo(RelationStatus.ACTIVE);

        String agreementId = UUID.randomUUID().toString();
        asCitizen(parent.citizenId(), new StartAutoTopUpSignup(account, agreementId, Money.ofKroner(100),
                "foraelder@example.dk", LINKS));
        confirm(account, agreementId);
        String planId = "frugt-" + UUID.randomUUID();
        commandSide.send(new OfferPlan(planId, "Frugtordning", "Frugt hver skoledag", Money.ofOre(4_500),
                SubscriptionPeriod.WEEK, List.of("gladsaxe-skole")));
        String parentsEnrolment = UUID.randomUUID().toString();
        asCitizen(parent.citizenId(), new StartEnrolment(account, parentsEnrolment, planId,
                "foraelder@example.dk", LINKS));
        confirm(account, parentsEnrolment);
        String childsEnrolment = UUID.randomUUID().toString();
        asCitizen(child.citizenId(), new StartEnrolment(account, childsEnrolment, planId,
                "barn@example.dk", LINKS));
        confirm(account, childsEnrolment);
        String productId = "frokost-" + UUID.randomUUID();
        LocalDate monday = WEDNESDAY.plusDays(5);
        commandSide.send(new OfferProduct(productId, "gladsaxe-skole", "FROKOST", "Frokost", Money.ofOre(3_500),
                IntStream.range(0, 5).mapToObj(monday::plusDays).toList()));
        String orderId = UUID.randomUUID().toString();
        asCitizen(parent.citizenId(), new CheckOutBasket(account, orderId, "gladsaxe-skole",
                List.of(new BasketItem(productId, 1)), OrderPayment.PAYMENT_CARD, LINKS));
        confirm(account, orderId);
        await().atMost(DurableCommandSide.PATIENCE).untilAsserted(() -> {
            assertThat(commandSide.eventsOf(account, AutoTopUpAgreed.class)).extracting(AutoTopUpAgreed::madeBy)
                    .containsExactly(parent.citizenId());
            assertThat(commandSide.eventsOf(parentsEnrolment, EnrolmentActivated.class)).hasSize(1);
            assertThat(commandSide.eventsOf(childsEnrolment, EnrolmentActivated.class)).hasSize(1);
            assertThat(commandSide.eventsOf(orderId, OrderPaymentCardSaved.class)).hasSize(1);
        });
        assertThat(commandSide.eventsOf(parentsEnrolment, EnrolmentRequested.class))
                .extracting(EnrolmentRequested::madeBy).containsExactly(parent.citizenId());

        asCitizen(child.citizenId(), new WithdrawAccountLink(link.relationId(), child.citizenId()));

        await().atMost(DurableCommandSide.PATIENCE).untilAsserted(() -> {
            assertThat(commandSide.eventsOf(account, AutoTopUpCancelled.class)).extracting(AutoTopUpCancelled::agreementId)
                    .containsExactly(agreementId);
            assertThat(commandSide.eventsOf(parentsEnrolment, Unenrolled.class)).hasSize(1);
            assertThat(commandSide.eventsOf(orderId, OrderLinesCancelled.class))
                    .singleElement().satisfies(cancelled -> {
                        assertThat(cancelled.orderCancelled()).isTrue();
                        assertThat(cancelled.lineIds()).hasSize(5);
                    });
        });
        assertThat(commandSide.eventsOf(childsEnrolment, Unenrolled.class)).as("the owner's own enrolment stays")
                .isEmpty();

        commandSide.dayComes(monday);
        commandSide.awaitNothingDue();
        commandSide.dayComes(WEDNESDAY.plusWeeks(1));
        commandSide.awaitNothingDue();
        await().atMost(DurableCommandSide.PATIENCE)
                .untilAsserted(() -> assertThat(commandSide.chargesOf(childsEnrolment)).hasSize(2));
        assertThat(commandSide.chargesOf(orderId)).as("the parent's card pays no delivery after the link").isEmpty();
        assertThat(commandSide.chargesOf(parentsEnrolment)).as("only the week charged before the link ended")
                .hasSize(1);
    }

    private <R> R asCitizen(String citizenId, Object command) {
        return commandSide.sendAs(Metadata.citizen(citizenId), Metadata.Channel.PORTAL, command);
    }

    private void confirm(String account, String checkoutId) {
        commandSide.send(new ConfirmPayment(commandSide.hostedPayment(account, checkoutId)));
        CLOCK.advance(Duration.ofSeconds(1));
    }
}
