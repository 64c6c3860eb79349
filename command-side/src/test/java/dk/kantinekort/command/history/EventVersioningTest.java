package dk.kantinekort.command.history;

import static dk.kantinekort.command.TestSeals.sealed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.subscription.SubscriptionChargeDue;
import dk.kantinekort.api.webshop.DeliveryCharged;
import dk.kantinekort.api.webshop.OrderLine;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderPlaced;
import java.time.LocalDate;
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

/** History written by old versions stays readable: events carry a revision, fields added later read as null or zero. */
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
    void anEventStoredBeforeRevisionsExistedIsReadAsItWas() throws Exception {
        String accountId = "account-" + UUID.randomUUID();
        byte[] unversioned = eventSerializer.serialize(deposit(accountId, DepositMethod.AUTO_TOP_UP), byte[].class).getData();
        storeAsAnOldVersionDid(accountId, unversioned, null);

        assertThat(payloadOf(accountId).method()).isEqualTo(DepositMethod.AUTO_TOP_UP);
    }

    @Test
    void aPaymentCardOrderStoredBeforeCardFeesIsReadWithoutAFeeRule() throws Exception {
        String orderId = "order-" + UUID.randomUUID();
        OrderPlaced now = new OrderPlaced(orderId, "account-1", "gladsaxe-skole", List.of(new OrderLine("l-1", "frokost",
                "FROKOST", "Frokost", LocalDate.of(2030, 3, 4), 1, Money.ofOre(3500))), OrderPayment.PAYMENT_CARD,
                Money.ofOre(3500), Instant.parse("2030-03-02T10:00:00Z"), new FeeRule(100, 125), null);

        OrderPlaced read = readBackWithout("cardFee", orderId, now);

        assertThat(read.cardFee()).isNull();
        assertThat(read.total()).isEqualTo(Money.ofOre(3500));
    }

    @Test
    void aDeliveryChargeStoredBeforeCardFeesIsReadWithAFeeOfZero() throws Exception {
        String orderId = "order-" + UUID.randomUUID();
        DeliveryCharged now = new DeliveryCharged(orderId, "account-1", "gladsaxe-skole", LocalDate.of(2030, 3, 4),
                List.of("l-1"), Money.ofOre(3500), "webshop-" + orderId, "p-1", "c-1", Money.ofOre(144));

        DeliveryCharged read = readBackWithout("fee", orderId, now);

        assertThat(read.fee()).isEqualTo(Money.ZERO);
        assertThat(read.charged()).isEqualTo(Money.ofOre(3500));
    }

    @Test
    void aSubscriptionChargeDueStoredBeforeCardFeesIsReadWithAFeeOfZero() throws Exception {
        String enrolmentId = "enrolment-" + UUID.randomUUID();
        SubscriptionChargeDue now = new SubscriptionChargeDue(enrolmentId, "account-1", LocalDate.of(2030, 3, 4),
                LocalDate.of(2030, 3, 11), Money.ofOre(4500), sealed("token-1"), "subscription-" + enrolmentId,
                Money.ofOre(156));

        assertThat(readBackWithout("fee", enrolmentId, now).fee()).isEqualTo(Money.ZERO);
    }

    /** Stores {@code event} of revision "1" without {@code field}, as the version before card fees wrote it. */
    @SuppressWarnings("unchecked")
    private <E> E readBackWithout(String field, String aggregateId, E event) throws Exception {
        ObjectNode old = (ObjectNode) json.readTree(eventSerializer.serialize(event, byte[].class).getData());
        assertThat(old.has(field)).as("the new shape has " + field).isTrue();
        old.remove(field);
        store(aggregateId, json.writeValueAsBytes(old), "1", event.getClass().getName());
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId).asStream().toList();
        assertThat(events).hasSize(1);
        return (E) events.get(0).getPayload();
    }

    private static MoneyDeposited deposit(String accountId, DepositMethod method) {
        return new MoneyDeposited(accountId, "deposit-1", Money.ofOre(5000), method, "p-1", null, Money.ofOre(6500));
    }

    /** A row as the JDBC event store writes it, with the payload and revision an older version wrote. */
    private void storeAsAnOldVersionDid(String accountId, byte[] payload, String revision) {
        store(accountId, payload, revision, MoneyDeposited.class.getName());
    }

    private void store(String accountId, byte[] payload, String revision, String payloadType) {
        byte[] metaData = eventSerializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
        jdbc.update("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,"
                        + " payload, payloadRevision, payloadType, timeStamp) VALUES (?, 0, 'CardAccount', ?, ?, ?, ?, ?, ?)",
                accountId, UUID.randomUUID().toString(), metaData, payload, revision, payloadType,
                Instant.parse("2025-01-15T10:00:00Z").toString());
    }

    private MoneyDeposited payloadOf(String accountId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(accountId).asStream().toList();
        assertThat(events).hasSize(1);
        return (MoneyDeposited) events.get(0).getPayload();
    }
}
