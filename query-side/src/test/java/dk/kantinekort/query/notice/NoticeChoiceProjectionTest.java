package dk.kantinekort.query.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.notice.FindNoticeChoice;
import dk.kantinekort.api.notice.NoticeChoice;
import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.api.notice.NoticesChosen;
import dk.kantinekort.api.notice.NoticesId;
import dk.kantinekort.api.notice.NoticesStopped;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import dk.kantinekort.query.TestKeyVault;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = QuerySideTestApplication.class)
class NoticeChoiceProjectionTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;

    @Test
    void eachCitizensLatestChoiceIsShownWithTheAddressOpenedAndAStopRemovesIt() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        String account = UUID.randomUUID().toString();
        String parent = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String id = NoticesId.of(account);
        ledger.publish("AccountNotices", id, new NoticesChosen(account, parent, EnumSet.of(NoticeKind.PURCHASE), null,
                NoticeDelivery.INSTANT, TestKeyVault.seal(parent, "mor@example.dk")), Instant.now());
        ledger.publish("AccountNotices", id, new NoticesChosen(account, parent,
                EnumSet.of(NoticeKind.LOW_BALANCE, NoticeKind.FAILED_CHARGE), Money.ofKroner(50),
                NoticeDelivery.DAILY_DIGEST, TestKeyVault.seal(parent, "far@example.dk")), Instant.now());
        ledger.publish("AccountNotices", id, new NoticesChosen(account, other, EnumSet.of(NoticeKind.PURCHASE), null,
                NoticeDelivery.INSTANT, TestKeyVault.seal(other, "other@example.dk")), Instant.now());

        NoticeChoice choice = await().atMost(Duration.ofSeconds(10)).until(() -> choiceOf(account, parent),
                c -> c.isPresent() && c.get().delivery() == NoticeDelivery.DAILY_DIGEST).orElseThrow();
        assertThat(choice).isEqualTo(new NoticeChoice(account, parent,
                EnumSet.of(NoticeKind.LOW_BALANCE, NoticeKind.FAILED_CHARGE), Money.ofKroner(50),
                NoticeDelivery.DAILY_DIGEST, "far@example.dk"));
        await().atMost(Duration.ofSeconds(10)).until(() -> choiceOf(account, other).isPresent());

        ledger.publish("AccountNotices", id, new NoticesStopped(account, other), Instant.now());

        await().atMost(Duration.ofSeconds(10)).until(() -> choiceOf(account, other).isEmpty());
        assertThat(choiceOf(account, parent)).isPresent();
    }

    private Optional<NoticeChoice> choiceOf(String account, String citizen) {
        return Optional.ofNullable(queryGateway.query(new FindNoticeChoice(account, citizen),
                ResponseTypes.instanceOf(NoticeChoice.class)).join());
    }
}
