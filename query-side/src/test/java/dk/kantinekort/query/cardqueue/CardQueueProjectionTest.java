package dk.kantinekort.query.cardqueue;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.FindPendingCardReplacement;
import dk.kantinekort.api.account.ListPendingCardReplacements;
import dk.kantinekort.api.account.PendingCardReplacement;
import dk.kantinekort.api.account.ReplacementCardOrdered;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import dk.kantinekort.query.TestKeyVault;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = QuerySideTestApplication.class)
class CardQueueProjectionTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;

    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void anOrderedReplacementWaitsInTheQueueUntilItIsProduced() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        CardNumber oldCard = newCardNumber();
        CardNumber newCard = newCardNumber();
        String accountId = ledger.openAccount(newId(), "Test Harms Relation", "0909091234", oldCard, now);
        String orderId = newId();

        ledger.account(accountId, new ReplacementCardOrdered(accountId, orderId, oldCard, newCard,
                Money.ofOre(2_500), null), now);

        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf(accountId).size() == 1);
        assertThat(pendingOf(accountId)).containsExactly(
                new PendingCardReplacement(accountId, orderId, oldCard.value(), newCard.value(), now, ""));

        ledger.account(accountId, new ReplacementCardProduced(accountId, orderId, oldCard, newCard), now);

        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf(accountId).isEmpty());
    }

    private List<PendingCardReplacement> pendingOf(String accountId) {
        return queryGateway.query(new ListPendingCardReplacements(),
                        ResponseTypes.multipleInstancesOf(PendingCardReplacement.class)).join().stream()
                .filter(p -> p.accountId().equals(accountId)).toList();
    }

    @Test
    void theQueueShowsTheAddressRecordedWhenTheCardWasOrderedToStaffAndToTheOwner() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        CardNumber oldCard = newCardNumber();
        CardNumber newCard = newCardNumber();
        String citizenId = newId();
        String accountId = ledger.openAccount(citizenId, "Test Harms Relation", "0909091234", oldCard, now);
        String orderId = newId();

        ledger.account(accountId, new ReplacementCardOrdered(accountId, orderId, oldCard, newCard,
                Money.ofOre(2_500), TestKeyVault.seal(citizenId, "Søborg Hovedgade 1, 2860 Søborg")), now);

        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf(accountId).size() == 1);
        assertThat(pendingOf(accountId).get(0).deliveryAddress()).isEqualTo("Søborg Hovedgade 1, 2860 Søborg");
        assertThat(queryGateway.query(new FindPendingCardReplacement(accountId),
                ResponseTypes.instanceOf(PendingCardReplacement.class)).join().deliveryAddress())
                .isEqualTo("Søborg Hovedgade 1, 2860 Søborg");
        assertThat(queryGateway.query(new FindPendingCardReplacement(newId()),
                ResponseTypes.instanceOf(PendingCardReplacement.class)).join()).isNull();
    }
}
