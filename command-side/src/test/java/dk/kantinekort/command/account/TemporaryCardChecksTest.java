package dk.kantinekort.command.account;

import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.CARD;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.tempcard.CheckTemporaryCard;
import dk.kantinekort.api.tempcard.TemporaryCardCheck;
import dk.kantinekort.api.tempcard.TemporaryCardEnd;
import dk.kantinekort.api.tempcard.TemporaryCardIssued;
import dk.kantinekort.api.tempcard.TemporaryCardRevoked;
import dk.kantinekort.command.card.CardDirectory;
import dk.kantinekort.command.tempcard.TemporaryCardIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** The till's balance inquiry accepts a temporary card's code exactly when a purchase would (decision record 21). */
class TemporaryCardChecksTest {

    private static final CardNumber TEMPORARY = new CardNumber("MK00000042");
    private static final CardNumber CODE = new CardNumber("MK000000421234567890");
    private static final CardNumber FORGED = new CardNumber("MK000000429999999999");

    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CardDirectory cards = Mockito.mock(CardDirectory.class);
    private final TemporaryCardIssuer issuer = Mockito.mock(TemporaryCardIssuer.class);
    private long sequence;

    TemporaryCardChecksTest() {
        Mockito.when(cards.accountOf(TEMPORARY)).thenReturn(Optional.of(ACCOUNT));
        Mockito.when(issuer.verifies(CODE, ACCOUNT)).thenReturn(true);
    }

    @Test
    void aLiveTemporaryCardsCodeIsAnsweredWithItsAccountAndId() {
        given(opened(), issued(), lost(), new TemporaryCardIssued(ACCOUNT, TEMPORARY, inThreeDays()));

        assertThat(check(CODE, SchemeParts.allOn())).isEqualTo(new TemporaryCardCheck(ACCOUNT, TEMPORARY, null));
    }

    @Test
    void aCodeWhoseSignatureDoesNotHoldIsInvalid() {
        given(opened(), issued(), lost(), new TemporaryCardIssued(ACCOUNT, TEMPORARY, inThreeDays()));

        assertThat(check(FORGED, SchemeParts.allOn())).isEqualTo(TemporaryCardCheck.invalid());
    }

    @Test
    void anExpiredTemporaryCardIsRefusedAsExpired() {
        given(opened(), issued(), lost(), new TemporaryCardIssued(ACCOUNT, TEMPORARY, Instant.now().minusSeconds(1)));

        assertThat(check(CODE, SchemeParts.allOn()).refusal()).isEqualTo(DeclineReason.TEMPORARY_CARD_EXPIRED);
    }

    @Test
    void aRevokedTemporaryCardIsRefusedAsRevoked() {
        given(opened(), issued(), lost(), new TemporaryCardIssued(ACCOUNT, TEMPORARY, inThreeDays()),
                new TemporaryCardRevoked(ACCOUNT, TEMPORARY, TemporaryCardEnd.REVOKED));

        assertThat(check(CODE, SchemeParts.allOn()).refusal()).isEqualTo(DeclineReason.TEMPORARY_CARD_REVOKED);
    }

    @Test
    void withTheTemporaryCardSwitchedOffEveryCodeIsInvalid() {
        given(opened(), issued(), lost(), new TemporaryCardIssued(ACCOUNT, TEMPORARY, inThreeDays()));

        assertThat(check(CODE, SchemeParts.allBut(SchemePart.TEMPORARY_CARD)))
                .isEqualTo(TemporaryCardCheck.invalid());
    }

    @Test
    void aCodeBelongsToTheAccountOfItsIdOnlyWhenItsSignatureIsThatAccounts() {
        TemporaryCardChecks checks = checks(SchemeParts.allOn());

        assertThat(checks.accountOf(CODE)).contains(ACCOUNT);
        assertThat(checks.accountOf(FORGED)).isEmpty();
    }

    @Test
    void aCodeWhoseIdNoAccountHoldsBelongsToNoAccount() {
        assertThat(checks(SchemeParts.allOn()).accountOf(new CardNumber("MK000000991234567890"))).isEmpty();
    }

    private static CardBlocked lost() {
        return new CardBlocked(ACCOUNT, CARD, null, BlockOrigin.CITIZEN);
    }

    private static Instant inThreeDays() {
        return Instant.now().plus(Duration.ofDays(3));
    }

    private void given(Object... payloads) {
        for (Object payload : payloads) {
            events.publish(new GenericDomainEventMessage<>("CardAccount", ACCOUNT, sequence++, payload));
        }
    }

    private TemporaryCardCheck check(CardNumber code, SchemeParts parts) {
        TemporaryCardChecks checks = checks(parts);
        return DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> checks.handle(new CheckTemporaryCard(code))).getPayload();
    }

    private TemporaryCardChecks checks(SchemeParts parts) {
        return new TemporaryCardChecks(cards, issuer,
                EventSourcingRepository.builder(CardAccount.class).eventStore(events).build(), parts);
    }
}
