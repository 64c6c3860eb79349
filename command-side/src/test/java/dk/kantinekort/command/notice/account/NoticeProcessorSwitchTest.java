package dk.kantinekort.command.notice.account;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.relation.RelationDirectory;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The account-notices processor writes notices only while the part is on and never during a replay. */
class NoticeProcessorSwitchTest {

    static final String ACCOUNT = "account-1";
    static final CardNumber CARD = CardNumber.parse("1562265116");

    NoticeSubscriptions subscriptions = mock(NoticeSubscriptions.class);
    NoticeOutbox outbox = mock(NoticeOutbox.class);
    CitizenDirectory citizens = mock(CitizenDirectory.class);
    RelationDirectory relations = mock(RelationDirectory.class);

    NoticeProcessor processor(SchemeParts parts) {
        when(subscriptions.of(ACCOUNT)).thenReturn(List.of(new NoticeSubscriptions.Subscription(ACCOUNT, "owner",
                EnumSet.allOf(NoticeKind.class), Money.ofKroner(50), NoticeDelivery.INSTANT, "{}")));
        when(subscriptions.balance(ACCOUNT)).thenReturn(Optional.of(Money.ofKroner(100)));
        when(citizens.ownerOf(ACCOUNT)).thenReturn(Optional.of("owner"));
        when(relations.mayActFor("owner", "owner")).thenReturn(true);
        when(outbox.add(any())).thenReturn(true);
        return new NoticeProcessor(subscriptions, outbox, citizens, relations, parts, mock(NoticeSender.class),
                mock(JdbcTemplate.class));
    }

    PurchaseMade purchaseLeaving(long kroner) {
        return new PurchaseMade(ACCOUNT, "p-1", CARD, null, "till-1", UnitKind.SCHOOL, List.of(),
                Money.ofKroner(100 - kroner), Money.ofKroner(kroner), "fp");
    }

    @Test
    void withTheNoticesPartSwitchedOffNothingIsWrittenButTheBalanceIsStillFollowed() {
        NoticeProcessor processor = processor(SchemeParts.allBut(SchemePart.NOTICES));
        PurchaseMade purchase = purchaseLeaving(10);

        processor.on(purchase, GenericEventMessage.asEventMessage(purchase), Instant.now(), ReplayStatus.REGULAR);
        PurchaseDeclined declined = new PurchaseDeclined(ACCOUNT, "p-2", CARD, null, "till-1", Money.ofKroner(99),
                DeclineReason.INSUFFICIENT_FUNDS);
        processor.on(declined, GenericEventMessage.asEventMessage(declined), Instant.now(), ReplayStatus.REGULAR);

        verify(outbox, never()).add(any());
        verify(subscriptions).balance(ACCOUNT, Money.ofKroner(10), true);
    }

    @Test
    void aReplayRebuildsTheBalanceButWritesNoNotice() {
        NoticeProcessor processor = processor(SchemeParts.allOn());
        PurchaseMade purchase = purchaseLeaving(10);

        processor.on(purchase, GenericEventMessage.asEventMessage(purchase), Instant.now(), ReplayStatus.REPLAY);

        verify(outbox, never()).add(any());
        verify(subscriptions).balance(ACCOUNT, Money.ofKroner(10), true);
    }

    @Test
    void switchedOnAPurchaseCrossingTheAmountGivesAPurchaseAndALowBalanceNotice() {
        NoticeProcessor processor = processor(SchemeParts.allOn());
        PurchaseMade purchase = purchaseLeaving(10);

        processor.on(purchase, GenericEventMessage.asEventMessage(purchase), Instant.now(), ReplayStatus.REGULAR);

        verify(outbox, org.mockito.Mockito.times(2)).add(any());
    }

    @Test
    void anAccountNobodyChoseNoticesForIsNotFollowed() {
        NoticeProcessor processor = processor(SchemeParts.allOn());
        when(subscriptions.of(ACCOUNT)).thenReturn(List.of());
        PurchaseMade purchase = purchaseLeaving(10);

        processor.on(purchase, GenericEventMessage.asEventMessage(purchase), Instant.now(), ReplayStatus.REGULAR);

        verify(subscriptions, never()).balance(any());
        verify(subscriptions, never()).balance(any(), any(), org.mockito.ArgumentMatchers.anyBoolean());
        verify(outbox, never()).add(any());
    }

    @Test
    void aPurchaseStatesTheBalanceBeforeItSoTheFirstOneHeardCanCrossTheAmount() {
        NoticeProcessor processor = processor(SchemeParts.allOn());
        when(subscriptions.balance(ACCOUNT)).thenReturn(Optional.empty());
        PurchaseMade purchase = purchaseLeaving(10); // from 100 kr to 10 kr, under the 50 kr chosen

        processor.on(purchase, GenericEventMessage.asEventMessage(purchase), Instant.now(), ReplayStatus.REGULAR);

        verify(outbox, org.mockito.Mockito.times(2)).add(any());
        verify(subscriptions).balance(ACCOUNT, Money.ofKroner(10), false);
    }
}
