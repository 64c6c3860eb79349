package dk.kantinekort.query.audit;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.audit.BalanceAt;
import dk.kantinekort.api.audit.FindAccountHistory;
import dk.kantinekort.api.audit.FindBalanceAt;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.webshop.WebshopOrderCharged;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The auditors' view of one account, answered from the event store through the query bus. */
@SpringBootTest(classes = QuerySideTestApplication.class, properties = "kantinekort.test.context=audit-history")
class AccountHistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;

    LedgerEvents ledger;
    Instant opened = Instant.parse("2026-11-25T07:00:00Z");
    String accountId;

    @BeforeEach
    void anAccountWithADayOfActivity() {
        ledger = new LedgerEvents(eventStore);
        CardNumber card = newCardNumber();
        accountId = ledger.openAccount(newId(), "Ida Elev", "0101121234", card, opened);
        ledger.deposit(accountId, 10_000, 10_000, opened.plus(1, ChronoUnit.HOURS));
        ledger.account(accountId, ledger.purchase(accountId, card, "skole", 300, 2, 9_400),
                opened.plus(4, ChronoUnit.HOURS));
        ledger.account(accountId, new CardBlocked(accountId, card, null, BlockOrigin.CITIZEN), opened.plus(5, ChronoUnit.HOURS));
    }

    @Test
    void theHistoryListsEveryEventInOrderWithTypeMetadataAndPayloadInOre() throws Exception {
        List<AuditedEvent> events = history(accountId);

        assertThat(events).extracting(AuditedEvent::sequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(events).extracting(AuditedEvent::type)
                .containsExactly("CardAccountOpened", "CardIssued", "MoneyDeposited", "PurchaseMade", "CardBlocked");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.aggregateId()).isEqualTo(accountId);
            assertThat(e.actor()).isEqualTo(Metadata.admin("test"));
            assertThat(e.channel()).isEqualTo("ADMIN_API");
            assertThat(e.correlationId()).isNotBlank();
        });
        assertThat(events.get(2).timestamp()).isEqualTo(opened.plus(1, ChronoUnit.HOURS));
        JsonNode purchase = JSON.readTree(events.get(3).payloadJson());
        assertThat(purchase.path("total").asLong()).isEqualTo(600);
        assertThat(purchase.path("balanceAfter").asLong()).isEqualTo(9_400);
    }

    @Test
    void everyMoneyEventStatesItsAmountSignedAsItMovedTheBalanceAndTheBalanceItLeft() {
        ledger.account(accountId, new WebshopOrderCharged(accountId, "order-1", "skole", Money.ofOre(3_500),
                Money.ofOre(5_900)), opened.plus(6, ChronoUnit.HOURS));

        List<AuditedEvent> events = history(accountId);

        assertThat(events).extracting(AuditedEvent::type, AuditedEvent::amount, AuditedEvent::balanceAfter)
                .containsExactly(
                        tuple("CardAccountOpened", null, null),
                        tuple("CardIssued", null, null),
                        tuple("MoneyDeposited", Money.ofOre(10_000), Money.ofOre(10_000)),
                        tuple("PurchaseMade", Money.ofOre(-600), Money.ofOre(9_400)),
                        tuple("CardBlocked", null, null),
                        tuple("WebshopOrderCharged", Money.ofOre(-3_500), Money.ofOre(5_900)));
    }

    @Test
    void sealedPersonalDataStaysSealedInTheHistory() {
        String citizenId = newId();
        ledger.openAccount(citizenId, "Hemmelig Person", "0101121234", newCardNumber(), opened);

        AuditedEvent registered = history(citizenId).get(0);

        assertThat(registered.type()).isEqualTo("CitizenRegistered");
        assertThat(registered.payloadJson()).contains("ciphertext").doesNotContain("Hemmelig", "0101121234");
    }

    @Test
    void theBalanceAsOfAnInstantFoldsTheEventsUpToThatInstant() {
        BalanceAt beforeOpening = balanceAt(opened.minusSeconds(1));
        BalanceAt afterDeposit = balanceAt(opened.plus(2, ChronoUnit.HOURS));
        BalanceAt exactlyAtThePurchase = balanceAt(opened.plus(4, ChronoUnit.HOURS));

        assertThat(beforeOpening.opened()).isFalse();
        assertThat(beforeOpening.balance()).isEqualTo(Money.ZERO);
        assertThat(afterDeposit.balance()).isEqualTo(Money.ofOre(10_000));
        assertThat(afterDeposit.lastSequenceNumber()).isEqualTo(2L);
        assertThat(exactlyAtThePurchase.balance()).isEqualTo(Money.ofOre(9_400));
        assertThat(exactlyAtThePurchase.balanceChangesFolded()).isEqualTo(2);
        assertThat(exactlyAtThePurchase.consistent()).isTrue();
    }

    @Test
    void aBalanceAfterThatDoesNotFollowFromThePreviousBalanceIsReported() {
        ledger.deposit(accountId, 500, 99_999, opened.plus(6, ChronoUnit.HOURS));

        BalanceAt atTheEnd = balanceAt(opened.plus(7, ChronoUnit.HOURS));

        assertThat(atTheEnd.consistent()).isFalse();
        assertThat(atTheEnd.balance()).isEqualTo(Money.ofOre(99_999));
        assertThat(atTheEnd.inconsistencies()).singleElement().satisfies(i -> {
            assertThat(i.sequenceNumber()).isEqualTo(5L);
            assertThat(i.expectedBalanceAfter()).isEqualTo(Money.ofOre(9_900));
            assertThat(i.statedBalanceAfter()).isEqualTo(Money.ofOre(99_999));
        });
    }

    @Test
    void anUnknownAccountHasNoHistoryAndNoBalance() {
        assertThat(history(newId())).isEmpty();
        assertThat(balanceAt(Instant.now(), newId())).isNull();
    }

    private List<AuditedEvent> history(String aggregateId) {
        return queries.query(new FindAccountHistory(aggregateId), ResponseTypes.multipleInstancesOf(AuditedEvent.class))
                .join();
    }

    private BalanceAt balanceAt(Instant at) {
        return balanceAt(at, accountId);
    }

    private BalanceAt balanceAt(Instant at, String account) {
        return queries.query(new FindBalanceAt(account, at), BalanceAt.class).join();
    }
}
