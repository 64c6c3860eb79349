package dk.kantinekort.query.projection;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.deadletter.DeadLetterView;
import dk.kantinekort.api.deadletter.ListDeadLetters;
import dk.kantinekort.api.deadletter.RetryDeadLetters;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.QuerySideTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A projection that throws on one event: that account's sequence is parked as dead letters (the event with its error,
 * the account's later events behind it), other accounts keep flowing, nothing is skipped, and once the fault is
 * removed a retry brings the account up to date.
 */
@SpringBootTest(classes = {QuerySideTestApplication.class, ProjectionDeadLettersTest.Poison.class})
class ProjectionDeadLettersTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    CommandGateway commands;
    @Autowired
    PoisonedProjection poison;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void aPoisonedEventParksItsAccountsSequence_otherAccountsKeepFlowing_andARetryCatchesTheAccountUp() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        String a = ledger.openAccount(newId(), "Anna Poison", "0101101234", newCardNumber(), now);
        String b = ledger.openAccount(newId(), "Bent Flow", "0202101234", newCardNumber(), now);
        await().atMost(Duration.ofSeconds(20)).until(() -> summary(a) != null && summary(b) != null);

        poison.accounts.add(a);
        ledger.deposit(a, 1_000, 1_000, now);
        ledger.deposit(a, 500, 1_500, now);
        ledger.deposit(b, 700, 700, now);

        await().atMost(Duration.ofSeconds(20)).until(() -> summary(b).balance().ore() == 700);
        List<DeadLetterView> parked = await().atMost(Duration.ofSeconds(20))
                .until(this::deadLetters, letters -> letters.size() == 2);
        assertThat(parked).allSatisfy(letter -> {
            assertThat(letter.processor()).isEqualTo(ProcessingGroups.ACCOUNT_SUMMARIES);
            assertThat(letter.sequence()).isEqualTo(a);
            assertThat(letter.eventType()).isEqualTo("MoneyDeposited");
            assertThat(letter.enqueuedAt()).isNotNull();
        });
        assertThat(parked.get(0).error()).contains("IllegalStateException", "poisoned for the test");
        assertThat(parked.get(1).error()).as("queued behind the failed one, not handled").isNull();
        assertThat(parked.get(0).eventSequenceNumber()).isLessThan(parked.get(1).eventSequenceNumber());
        assertThat(summary(a).balance().ore()).as("the later deposit waits").isNotEqualTo(1_500);

        poison.accounts.clear();
        commands.sendAndWait(new RetryDeadLetters(ProcessingGroups.ACCOUNT_SUMMARIES, a, "admin:test"));

        await().atMost(Duration.ofSeconds(20)).until(() -> summary(a).balance().ore() == 1_500);
        await().atMost(Duration.ofSeconds(20)).until(this::deadLetters, List::isEmpty);
        ledger.deposit(a, 100, 1_600, now);
        await().atMost(Duration.ofSeconds(20)).until(() -> summary(a).balance().ore() == 1_600);
    }

    @Test
    void aRetryThatFailsAgainKeepsTheLettersWithTheNewError() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        String a = ledger.openAccount(newId(), "Carl Still", "0303101234", newCardNumber(), now);
        await().atMost(Duration.ofSeconds(20)).until(() -> summary(a) != null);
        poison.accounts.add(a);
        ledger.deposit(a, 1_000, 1_000, now);
        await().atMost(Duration.ofSeconds(20)).until(() -> lettersOf(a).size() == 1);
        Instant firstTry = lettersOf(a).get(0).lastTouched();

        commands.sendAndWait(new RetryDeadLetters(ProcessingGroups.ACCOUNT_SUMMARIES, a, "admin:test"));

        await().atMost(Duration.ofSeconds(20)).until(() -> lettersOf(a).get(0).lastTouched().isAfter(firstTry));
        assertThat(lettersOf(a)).singleElement().satisfies(letter ->
                assertThat(letter.error()).contains("poisoned for the test"));
        poison.accounts.remove(a);
        commands.sendAndWait(new RetryDeadLetters(ProcessingGroups.ACCOUNT_SUMMARIES, a, "admin:test"));
        await().atMost(Duration.ofSeconds(20)).until(() -> lettersOf(a).isEmpty());
    }

    private List<DeadLetterView> lettersOf(String accountId) {
        return deadLetters().stream().filter(l -> l.sequence().equals(accountId)).toList();
    }

    private List<DeadLetterView> deadLetters() {
        return queries.query(new ListDeadLetters(), ResponseTypes.multipleInstancesOf(DeadLetterView.class)).join();
    }

    private AccountSummary summary(String accountId) {
        return queries.query(new FindAccountSummary(accountId), AccountSummary.class).join();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Poison {

        @Bean
        PoisonedProjection poisonedProjection() {
            return new PoisonedProjection();
        }
    }

    /** A handler of the account summaries that throws on the deposits of the accounts named. */
    @ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
    static class PoisonedProjection {

        final Set<String> accounts = ConcurrentHashMap.newKeySet();

        @EventHandler
        void on(MoneyDeposited event) {
            if (accounts.contains(event.accountId())) {
                throw new IllegalStateException("Deposit " + event.depositId() + " poisoned for the test");
            }
        }
    }
}
