package dk.kantinekort.query.offline;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.AccountBlocked;
import dk.kantinekort.api.account.AccountUnblocked;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.CardUnblocked;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.UnblockCause;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.offline.FindOfflinePolicy;
import dk.kantinekort.api.offline.ListOfflineSales;
import dk.kantinekort.api.offline.OfflinePolicy;
import dk.kantinekort.api.offline.OfflineSaleBooked;
import dk.kantinekort.api.offline.OfflineSaleFlag;
import dk.kantinekort.api.offline.OfflineSaleView;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The read side of offline sales: the deny list tills cache, and the offline sales staff and the holder see. */
@SpringBootTest(classes = QuerySideTestApplication.class)
class OfflineSalesProjectionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;

    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void aCardWithAnOpenOfflineDebtIsDeniedOfflineUntilADepositSettlesIt() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        CardNumber card = newCardNumber();
        String accountId = ledger.openAccount(newId(), "Test Harms Relation", "0909091234", card, now);
        ledger.deposit(accountId, 1_000, 1_000, now);
        Instant soldAt = now.minus(1, ChronoUnit.HOURS);
        ledger.account(accountId, new OfflineSaleBooked(accountId, "s1", card, "place-skole", "till-1", UnitKind.SCHOOL,
                List.of(new PurchaseLine("FROKOST", "Frokost", 1, Money.ofOre(3_500))), Money.ofOre(3_500), soldAt,
                Money.ofOre(-2_500), Set.of(OfflineSaleFlag.LEFT_DEBT), "fp"), now);

        await().atMost(WAIT).until(() -> denied(card) != null);
        assertThat(denied(card).reason()).isEqualTo(OfflinePolicy.Reason.OPEN_DEBT);
        List<OfflineSaleView> sales = queryGateway.query(new ListOfflineSales(accountId),
                ResponseTypes.multipleInstancesOf(OfflineSaleView.class)).join();
        assertThat(sales).singleElement().satisfies(sale -> {
            assertThat(sale.soldAt()).isEqualTo(soldAt);
            assertThat(sale.bookedAt()).isEqualTo(now);
            assertThat(sale.balanceAfter()).isEqualTo(Money.ofOre(-2_500));
            assertThat(sale.flags()).containsExactly(OfflineSaleFlag.LEFT_DEBT);
        });

        ledger.deposit(accountId, 5_000, 2_500, now);

        await().atMost(WAIT).until(() -> denied(card) == null);
    }

    @Test
    void aBlockedCardIsDeniedOfflineUntilItIsUnblockedAndAnAccountWithoutEitherIsNotListed() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        CardNumber card = newCardNumber();
        CardNumber other = newCardNumber();
        String accountId = ledger.openAccount(newId(), "Test Harms Relation", "0909091234", card, now);
        String otherId = ledger.openAccount(newId(), "Anna Jensen", "0101011234", other, now);
        ledger.deposit(otherId, 1_000, 1_000, now);

        ledger.account(accountId, new CardBlocked(accountId, card, null, BlockOrigin.CITIZEN), now);
        await().atMost(WAIT).until(() -> denied(card) != null);
        assertThat(denied(card).reason()).isEqualTo(OfflinePolicy.Reason.CARD_BLOCKED);
        assertThat(denied(other)).isNull();

        ledger.account(accountId, new CardUnblocked(accountId, card, UnblockCause.REQUESTED), now);
        await().atMost(WAIT).until(() -> denied(card) == null);
    }

    @Test
    void anAccountStaffBlockedIsDeniedOfflineLikeABlockedCardUntilStaffUnblockIt() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        CardNumber card = newCardNumber();
        String accountId = ledger.openAccount(newId(), "Test Harms Relation", "0909091234", card, now);

        ledger.account(accountId, new AccountBlocked(accountId, null, BlockOrigin.STAFF), now);
        await().atMost(WAIT).until(() -> denied(card) != null);
        assertThat(denied(card).reason()).isEqualTo(OfflinePolicy.Reason.ACCOUNT_BLOCKED);

        ledger.account(accountId, new CardBlocked(accountId, card, null, BlockOrigin.CITIZEN), now);
        ledger.account(accountId, new AccountUnblocked(accountId), now);
        await().atMost(WAIT).until(() -> denied(card) != null
                && denied(card).reason() == OfflinePolicy.Reason.CARD_BLOCKED);

        ledger.account(accountId, new CardUnblocked(accountId, card, UnblockCause.REQUESTED), now);
        await().atMost(WAIT).until(() -> denied(card) == null);
    }

    private OfflinePolicy.DeniedCard denied(CardNumber card) {
        return queryGateway.query(new FindOfflinePolicy(), OfflinePolicy.class).join().deniedCards().stream()
                .filter(d -> d.cardNumber().equals(card.value())).findFirst().orElse(null);
    }
}
