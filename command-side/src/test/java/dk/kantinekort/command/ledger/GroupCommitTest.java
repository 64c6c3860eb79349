package dk.kantinekort.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.command.bus.GroupCommitCommandBus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Group commit: many commands share a transaction, yet each one succeeds or fails on its own merits. */
@SpringBootTest(classes = LedgerIntegrationTest.Boot.class, properties = {
        "canteen.command-bus.workers=1", "spring.datasource.url=jdbc:h2:mem:groupcommit;DB_CLOSE_DELAY=-1"})
class GroupCommitTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    CommandBus commandBus;
    @Autowired
    EventStore eventStore;

    @Test
    void commandsThatArriveTogetherShareATransactionAndARejectedOneFailsAlone() throws Exception {
        String open = openAccount("1212121212", "7000000001");
        String blocked = openAccount("1312121212", "7000000002");
        commands.sendAndWait(new dk.kantinekort.api.account.BlockAccount(blocked, "misbrug"));
        GroupCommitCommandBus bus = (GroupCommitCommandBus) commandBus;
        long transactionsBefore = bus.transactionsCommitted();
        long commandsBefore = bus.commandsCommitted();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Object>> sends = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String account = i % 10 == 0 ? blocked : open;
            sends.add(() -> {
                try {
                    return commands.sendAndWait(new DepositMoney(account, UUID.randomUUID().toString(), Money.ofOre(100),
                            DepositMethod.CASH, null));
                } catch (Exception e) {
                    return RejectedException.rejectionOf(e).map(r -> (Object) r.code()).orElse(e);
                }
            });
        }
        List<Object> answers = new ArrayList<>();
        for (Future<Object> f : pool.invokeAll(sends)) {
            answers.add(f.get());
        }
        pool.shutdown();

        assertThat(answers).filteredOn(a -> a == RejectionCode.ACCOUNT_BLOCKED).hasSize(20);
        assertThat(answers).filteredOn(a -> a instanceof Money).hasSize(180);
        long deposited = eventStore.readEvents(open).asStream().map(e -> e.getPayload())
                .filter(p -> p instanceof MoneyDeposited).count();
        assertThat(deposited).isEqualTo(180);
        long committed = bus.commandsCommitted() - commandsBefore;
        long transactions = bus.transactionsCommitted() - transactionsBefore;
        assertThat(committed).isEqualTo(180);
        assertThat(transactions).as("some transactions carried several commands").isLessThan(committed);
    }

    private String openAccount(String cpr, String card) {
        AccountOpening opening = commands.sendAndWait(new OpenAccountForPerson(Cpr.parse(cpr), "Test", null,
                CardNumber.parse(card), Set.of()));
        return opening.accountId();
    }
}
