package dk.kantinekort.command.account;

import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.CARD;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.CardIssued;
import dk.kantinekort.api.account.CardUnblocked;
import dk.kantinekort.api.account.UnblockCause;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.schoolyear.CardAccountReopened;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/** Skoleår: a pupil whose account was closed as a leaver comes back in a school's list (decision record 25). */
class ReturningPupilTest {

    private static final CardNumber NEW_CARD = CardNumber.parse("N1E2W3C4");

    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private long sequence;

    @Test
    void aReturningPupilsClosedAccountOpensAgainWithItsCardUnblocked() {
        given(LeaverClosingTest.closedAccount());

        assertThat(reopen(CARD)).containsExactly(new CardAccountReopened(ACCOUNT, "import-2028"),
                new CardUnblocked(ACCOUNT, CARD, UnblockCause.REQUESTED));
    }

    @Test
    void aReturningPupilWithANewCardFromTheSchoolGetsThatCard() {
        given(LeaverClosingTest.closedAccount());

        assertThat(reopen(NEW_CARD)).containsExactly(new CardAccountReopened(ACCOUNT, "import-2028"),
                new CardUnblocked(ACCOUNT, CARD, UnblockCause.REQUESTED), new CardIssued(ACCOUNT, NEW_CARD));
    }

    @Test
    void anAccountThatWasNeverClosedIsNotReopened() {
        given(List.of(opened(), issued()));

        assertThat(reopen(CARD)).isEmpty();
    }

    @Test
    void aReopenedAccountIsReopenedOnlyOnce() {
        List<Object> history = new ArrayList<>(LeaverClosingTest.closedAccount());
        history.add(new CardAccountReopened(ACCOUNT, "import-2028"));
        history.add(new CardUnblocked(ACCOUNT, CARD, UnblockCause.REQUESTED));
        given(history);

        assertThat(reopen(CARD)).isEmpty();
    }

    private void given(List<Object> payloads) {
        for (Object payload : payloads) {
            events.publish(new GenericDomainEventMessage<>("CardAccount", ACCOUNT, sequence++, payload));
        }
    }

    /** What reopening applies, read back from the store. */
    private List<Object> reopen(CardNumber card) {
        EventSourcingRepository<CardAccount> accounts = EventSourcingRepository.builder(CardAccount.class)
                .eventStore(events).build();
        long before = sequence;
        DefaultUnitOfWork.startAndGet(null).execute(() -> accounts.load(ACCOUNT)
                .execute(account -> account.reopenForReturningPupil("import-2028", card)));
        return events.readEvents(ACCOUNT, before).asStream().map(EventMessage::getPayload).map(p -> (Object) p)
                .toList();
    }
}
