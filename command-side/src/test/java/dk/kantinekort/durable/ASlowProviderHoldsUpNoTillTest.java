package dk.kantinekort.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.catalogue.OfferProduct;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.PurchaseWithCard;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.TillToken;
import dk.kantinekort.api.webshop.BasketItem;
import dk.kantinekort.api.webshop.CheckOutBasket;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.command.webshop.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: no command waits for the payment provider, so a provider that takes its time creating a hosted page
 * holds up only its own process, never a till's purchase on the group-commit bus (decision records 6 and 11).
 */
class ASlowProviderHoldsUpNoTillTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final MutableClock clock = MutableClock.at(MONDAY.minusDays(5));
    private final DurableCommandSide commandSide = new DurableCommandSide("slow-provider", clock);

    @AfterEach
    void stop() {
        commandSide.close();
    }

    @Test
    void aTillPurchaseIsAnsweredAtOnceWhileTheProviderIsStillCreatingAHostedPage() {
        commandSide.start();
        String placeId = UUID.randomUUID().toString();
        String tillId = "till-" + UUID.randomUUID();
        commandSide.send(new RegisterPlace(placeId, "Gladsaxe Skole", UnitKind.SCHOOL));
        commandSide.send(new IssueTillCredential(placeId, tillId, TillToken.hash("token-" + tillId)));
        CardNumber card = DurableCommandSide.randomCard();
        AccountOpening opening = commandSide.send(new OpenAccountForPerson(Cpr.parse("0101904321"), "Anna Testesen",
                "anna@example.dk", card, Set.of()));
        String accountId = opening.accountId();
        commandSide.send(new DepositMoney(accountId, UUID.randomUUID().toString(), Money.ofKroner(100),
                DepositMethod.CASH, "test"));
        String productId = "frokost-" + UUID.randomUUID();
        commandSide.send(new OfferProduct(productId, "gladsaxe-skole", "FROKOST", "Frokost", Money.ofOre(3_500),
                List.of(MONDAY)));

        CountDownLatch provider = commandSide.provider.holdCheckouts();
        String orderId = UUID.randomUUID().toString();
        try {
            commandSide.send(new CheckOutBasket(accountId, orderId, "gladsaxe-skole",
                    List.of(new BasketItem(productId, 1)), OrderPayment.PAYMENT_CARD, new PaymentPageLinks(
                    "https://portal.example/webshop/betaling", "https://portal.example/webshop",
                    "https://portal.example/betingelser")));
            await().atMost(DurableCommandSide.PATIENCE).until(() -> commandSide.provider.checkoutsAsked() > 0);

            long started = System.nanoTime();
            PurchaseOutcome outcome = commandSide.sendAs(Metadata.till(tillId), Metadata.Channel.TILL,
                    new PurchaseWithCard(UUID.randomUUID().toString(), card, tillId,
                            List.of(new PurchaseLine("SKU", "Vare", 1, Money.ofKroner(20))), Money.ofKroner(20),
                            "fp-" + UUID.randomUUID()));

            assertThat(outcome).isInstanceOf(PurchaseOutcome.Approved.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the till's answer")
                    .isLessThan(Duration.ofSeconds(2));
        } finally {
            provider.countDown();
        }
        assertThat(commandSide.progress(accountId, orderId).stage()).as("the page comes when the provider answers")
                .isEqualTo(CheckoutStage.HOSTED_PAGE);
    }
}
