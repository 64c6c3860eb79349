package dk.kantinekort.command.account;

import dk.kantinekort.command.TestSeals;
import dk.kantinekort.command.citizen.AccountHolderSeal;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.command.card.CardNumberIssuer;
import dk.kantinekort.command.citizen.ContactDirectory;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.mockito.Mockito;

/**
 * A card-account ledger on a real Axon command bus and an in-memory event store, without Spring: every command loads
 * {@link CardAccount} from its events (no cache), so a state the events cannot rebuild shows at once. Started once
 * and shared by all tries; each try has its own account.
 */
final class AccountLedger {

    /** What a command came to: its answer, or the typed reason it was refused. */
    record Answer(Object value, Rejection refusal) {

        boolean refused() {
            return refusal != null;
        }
    }

    private final Configuration config;
    private final AtomicLong cardNumbers = new AtomicLong(3_000_000_000L);

    AccountLedger() {
        // thousands of refusals are the point here: Axon's gateway would log a warning for each
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.axonframework"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        PersonalDataVault vault = Mockito.mock(PersonalDataVault.class);
        Mockito.when(vault.seal(anyString(), anyString()))
                .thenAnswer(call -> new SealedData(call.getArgument(0), "iv", "sealed"));
        Mockito.when(vault.sealJson(anyString(), any()))
                .thenAnswer(call -> new SealedData(call.getArgument(0), "iv", "sealed-json"));
        ContactDirectory contacts = Mockito.mock(ContactDirectory.class);
        Mockito.when(contacts.postalAddress(anyString())).thenReturn(Optional.of("Søborg Hovedgade 1, 2860 Søborg"));
        CardNumberIssuer issuer = () -> new CardNumber(String.valueOf(cardNumbers.incrementAndGet()));
        config = DefaultConfigurer.defaultConfiguration(false) // no Axon Server: a local command bus
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(CardAccount.class)
                .registerComponent(PersonalDataVault.class, c -> vault)
                .registerComponent(AccountHolderSeal.class, c -> TestSeals.holderSeal())
                .registerComponent(ContactDirectory.class, c -> contacts)
                .registerComponent(CardNumberIssuer.class, c -> issuer)
                .registerComponent(PayoutPolicy.class, c -> new PayoutPolicy(false))
                .buildConfiguration();
        config.start();
    }

    /** Sends a command with the given metadata and waits; a refusal is an answer, anything else thrown fails. */
    Answer send(Object command, Map<String, ?> metaData) {
        try {
            Object value = config.commandGateway()
                    .send(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metaData)))
                    .get();
            return new Answer(value, null);
        } catch (ExecutionException | CompletionException e) {
            return RejectedException.rejectionOf(e).map(rejection -> new Answer(null, rejection))
                    .orElseThrow(() -> new AssertionError("Command " + command
                            + " failed otherwise than by a typed refusal", e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every event the account has, in order. */
    List<Object> events(String accountId) {
        return config.eventStore().readEvents(accountId).asStream().map(EventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    /** The balance an aggregate freshly loaded from the event store holds. */
    Money balanceOf(String accountId) {
        Repository<CardAccount> repository = config.repository(CardAccount.class);
        Money[] balance = new Money[1];
        org.axonframework.messaging.unitofwork.DefaultUnitOfWork.startAndGet(null).execute(() ->
                repository.load(accountId).execute(account -> balance[0] = balanceField(account)));
        return balance[0];
    }

    private static Money balanceField(CardAccount account) {
        try {
            java.lang.reflect.Field field = CardAccount.class.getDeclaredField("balance");
            field.setAccessible(true);
            return (Money) field.get(account);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
