package dk.kantinekort.query;

import dk.kantinekort.api.account.CardAccountOpened;
import dk.kantinekort.api.account.CardIssued;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.CitizenRegistered;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Publishes events the way the command side would: as domain events of their aggregate, in sequence, with the
 * metadata every event carries, at a chosen instant.
 */
public final class LedgerEvents {

    private final EventStore eventStore;
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();

    public LedgerEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A card number nobody else has. */
    public static CardNumber newCardNumber() {
        return new CardNumber(Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));
    }

    public void publish(String aggregateType, String aggregateId, Object payload, Instant at) {
        publishAll(List.of(message(aggregateType, aggregateId, payload, at)));
    }

    public void account(String accountId, Object payload, Instant at) {
        publish("CardAccount", accountId, payload, at);
    }

    public void account(String accountId, Object payload) {
        account(accountId, payload, Instant.now());
    }

    public GenericDomainEventMessage<Object> message(String aggregateType, String aggregateId, Object payload,
                                                     Instant at) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload,
                Metadata.of(Metadata.admin("test"), Metadata.Channel.ADMIN_API, null), newId(), at);
    }

    public void publishAll(List<? extends EventMessage<?>> messages) {
        eventStore.publish(messages);
    }

    /** A registered citizen with one open account and a card; answers the account id. */
    public String openAccount(String citizenId, String name, String cpr, CardNumber card, Instant at) {
        publish("Citizen", citizenId, new CitizenRegistered(citizenId,
                TestKeyVault.seal(citizenId, cpr), TestKeyVault.seal(citizenId, name),
                TestKeyVault.seal(citizenId, "someone@example.org")), at);
        String accountId = newId();
        account(accountId, new CardAccountOpened(accountId, citizenId, null, EnumSet.allOf(UnitKind.class)), at);
        account(accountId, new CardIssued(accountId, card), at);
        return accountId;
    }

    public void deposit(String accountId, long ore, long balanceAfter, Instant at) {
        account(accountId, new MoneyDeposited(accountId, newId(), Money.ofOre(ore), DepositMethod.CASH, null, null,
                Money.ofOre(balanceAfter)), at);
    }

    public PurchaseMade purchase(String accountId, CardNumber card, String placeId, long unitPrice, int quantity,
                                 long balanceAfter) {
        List<PurchaseLine> lines = new ArrayList<>(List.of(
                new PurchaseLine("OST", "Ostehaps", quantity, Money.ofOre(unitPrice))));
        return new PurchaseMade(accountId, newId(), card, placeId, "till-1", UnitKind.SCHOOL, lines,
                Money.ofOre(unitPrice * quantity), Money.ofOre(balanceAfter), "fingerprint");
    }
}
