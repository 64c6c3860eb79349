package dk.kantinekort.query.audit;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.CardIssued;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * An audited event carries its payload as the store holds it: the stored JSON itself, not the event read and
 * written again; only an event that moved money is read, for its signed amount and the balance after.
 */
class AuditedEventsTest {

    private final CountingSerializer serializer = new CountingSerializer(JacksonSerializer.defaultSerializer());
    private final AuditedEvents audited = new AuditedEvents(serializer);

    @Test
    void anEventThatMovedNoMoneyIsExportedAsStoredWithoutBeingRead() {
        String accountId = newId();
        String stored = storedForm(new CardIssued(accountId, newCardNumber())).replaceFirst("\\{", "{ ");

        AuditedEvent event = audited.of(fromStore(accountId, CardIssued.class, stored));

        assertThat(event.payloadJson()).as("the stored bytes, spacing and all").isEqualTo(stored);
        assertThat(event.type()).isEqualTo("CardIssued");
        assertThat(event.amount()).isNull();
        assertThat(event.balanceAfter()).isNull();
        assertThat(serializer.payloadsRead).as("payloads deserialised").hasValue(0);
    }

    @Test
    void anEventThatMovedMoneyIsExportedAsStoredWithItsSignedAmountAndBalanceAfter() {
        String accountId = newId();
        String stored = storedForm(new MoneyDeposited(accountId, newId(), Money.ofOre(12_50), DepositMethod.CASH,
                null, null, Money.ofOre(40_00))).replaceFirst("\\{", "{ ");

        AuditedEvent event = audited.of(fromStore(accountId, MoneyDeposited.class, stored));

        assertThat(event.payloadJson()).isEqualTo(stored);
        assertThat(event.amount()).isEqualTo(Money.ofOre(12_50));
        assertThat(event.balanceAfter()).isEqualTo(Money.ofOre(40_00));
        assertThat(serializer.payloadsRead).as("payloads deserialised").hasValue(1);
    }

    @Test
    void whoWhichChannelAndWhichRequestAreReadFromTheMetadataAsStoredWithoutReadingItWhole() {
        String accountId = newId();
        String stored = storedForm(new CardIssued(accountId, newCardNumber()));

        AuditedEvent event = audited.of(fromStore(accountId, CardIssued.class, stored));

        assertThat(event.actor()).isEqualTo("citizen:c-1");
        assertThat(event.channel()).isEqualTo("PORTAL");
        assertThat(event.correlationId()).isEqualTo("req-7");
        assertThat(serializer.metadataRead).as("metadata deserialised").hasValue(0);
    }

    @Test
    void metadataWithAnEntryThatIsNoPlainValueIsReadWhole() {
        String accountId = newId();
        SerializedObject<String> metaData = serializer.serialize(
                MetaData.with(Metadata.ACTOR, Map.of("kind", "citizen")), String.class);

        AuditedEvent event = audited.of(fromStore(accountId, CardIssued.class,
                storedForm(new CardIssued(accountId, newCardNumber())), metaData));

        assertThat(event.actor()).isEqualTo(Map.of("kind", "citizen").toString());
        assertThat(event.channel()).isNull();
        assertThat(serializer.metadataRead).hasValue(1);
    }

    private String storedForm(Object payload) {
        return serializer.serialize(payload, String.class).getData();
    }

    /** An event as Axon's storage engines hand it out: payload and metadata still serialised, read on demand. */
    private DomainEventMessage<?> fromStore(String accountId, Class<?> type, String payloadJson) {
        // an entry the audit does not name, nested, before the ones it does
        return fromStore(accountId, type, payloadJson, serializer.serialize(
                MetaData.with("trace", Map.of("spans", List.of(1, 2)))
                        .and(Metadata.ACTOR, "citizen:c-1").and(Metadata.CHANNEL, "PORTAL")
                        .and(Metadata.CORRELATION_ID, "req-7"), String.class));
    }

    private DomainEventMessage<?> fromStore(String accountId, Class<?> type, String payloadJson,
                                            SerializedObject<String> metaData) {
        SerializedType serializedType = serializer.typeForClass(type);
        SerializedObject<String> payload = new SimpleSerializedObject<>(payloadJson, String.class, serializedType);
        return new GenericDomainEventMessage<>("CardAccount", accountId, 3L,
                new SerializedMessage<>(newId(), payload, metaData, serializer), Instant::now);
    }

    /** Jackson, counting what it deserialises. */
    private static final class CountingSerializer implements Serializer {

        private final Serializer delegate;
        private final AtomicInteger payloadsRead = new AtomicInteger();
        private final AtomicInteger metadataRead = new AtomicInteger();

        CountingSerializer(Serializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            return delegate.serialize(object, expectedRepresentation);
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return delegate.canSerializeTo(expectedRepresentation);
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            if (MetaData.class.isAssignableFrom(classForType(serializedObject.getType()))) {
                metadataRead.incrementAndGet();
            } else {
                payloadsRead.incrementAndGet();
            }
            return delegate.deserialize(serializedObject);
        }

        @Override
        public Class classForType(SerializedType type) {
            return delegate.classForType(type);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return delegate.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return delegate.getConverter();
        }
    }
}
