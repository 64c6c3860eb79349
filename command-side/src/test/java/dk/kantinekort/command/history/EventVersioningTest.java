package dk.kantinekort.command.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.command.CommandSideConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** History written by old versions stays readable: events carry a revision, old revisions are upcast. */
@SpringBootTest(classes = EventVersioningTest.Boot.class)
class EventVersioningTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CommandSideConfiguration.class)
    static class Boot {
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void aNewEventIsStoredWithItsRevision() {
        String accountId = "account-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("CardAccount", accountId, 0,
                deposit(accountId, DepositMethod.MOBILEPAY)));

        assertThat(jdbc.queryForObject("SELECT payloadRevision FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                String.class, accountId)).isEqualTo("1");
        assertThat(payloadOf(accountId).method()).isEqualTo(DepositMethod.MOBILEPAY);
    }

    @Test
    void aDepositOfRevision0WithoutAMethodIsReadAsACashDepositOfRevision1() throws Exception {
        String accountId = "account-" + UUID.randomUUID();
        ObjectNode revision0 = (ObjectNode) json.readTree(
                eventSerializer.serialize(deposit(accountId, DepositMethod.PAYMENT_CARD), byte[].class).getData());
        revision0.remove("method");
        storeAsAnOldVersionDid(accountId, json.writeValueAsBytes(revision0), "0");

        MoneyDeposited read = payloadOf(accountId);

        assertThat(read.method()).isEqualTo(DepositMethod.CASH);
        assertThat(read).isEqualTo(new MoneyDeposited(accountId, "deposit-1", Money.ofOre(5000), DepositMethod.CASH,
                "kasse 1", Money.ofOre(6500)));
    }

    @Test
    void anEventStoredBeforeRevisionsExistedIsReadAsItWas() throws Exception {
        String accountId = "account-" + UUID.randomUUID();
        byte[] unversioned = eventSerializer.serialize(deposit(accountId, DepositMethod.AUTO_TOP_UP), byte[].class).getData();
        storeAsAnOldVersionDid(accountId, unversioned, null);

        assertThat(payloadOf(accountId).method()).isEqualTo(DepositMethod.AUTO_TOP_UP);
    }

    private static MoneyDeposited deposit(String accountId, DepositMethod method) {
        return new MoneyDeposited(accountId, "deposit-1", Money.ofOre(5000), method, "kasse 1", Money.ofOre(6500));
    }

    /** A row as the JDBC event store writes it, with the payload and revision an older version wrote. */
    private void storeAsAnOldVersionDid(String accountId, byte[] payload, String revision) {
        byte[] metaData = eventSerializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
        jdbc.update("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,"
                        + " payload, payloadRevision, payloadType, timeStamp) VALUES (?, 0, 'CardAccount', ?, ?, ?, ?, ?, ?)",
                accountId, UUID.randomUUID().toString(), metaData, payload, revision, MoneyDeposited.class.getName(),
                Instant.parse("2025-01-15T10:00:00Z").toString());
    }

    private MoneyDeposited payloadOf(String accountId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(accountId).asStream().toList();
        assertThat(events).hasSize(1);
        return (MoneyDeposited) events.get(0).getPayload();
    }
}
