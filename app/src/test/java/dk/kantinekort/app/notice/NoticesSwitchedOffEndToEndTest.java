package dk.kantinekort.app.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.notice.ChooseNotices;
import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.app.demo.DemoData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A municipality with {@code canteen.municipality.notices-enabled: false}: nobody can choose notices. */
class NoticesSwitchedOffEndToEndTest {

    @TempDir
    Path dataDir;

    @Test
    void withNotifikationerSwitchedOffTheLedgerRefusesAChoice() {
        try (RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir,
                "--canteen.municipality.notices-enabled=false")) {
            AccountSummary christian = await().atMost(Duration.ofSeconds(60)).until(() -> app.core()
                    .getBean(QueryGateway.class).query(new FindAccountByCard(DemoData.CHRISTIAN_CARD),
                            AccountSummary.class).join(), a -> a != null);

            assertThatThrownBy(() -> app.core().getBean(CommandGateway.class).sendAndWait(
                    GenericCommandMessage.asCommandMessage(new ChooseNotices(christian.accountId(),
                                    EnumSet.of(NoticeKind.PURCHASE), null, NoticeDelivery.INSTANT, "c@example.dk"))
                            .andMetaData(Metadata.of(Metadata.citizen(christian.citizenId()), Metadata.Channel.PORTAL,
                                    null))))
                    .satisfies(e -> assertThat(RejectedException.rejectionOf(e)).hasValueSatisfying(
                            r -> assertThat(r.code()).isEqualTo(RejectionCode.PART_SWITCHED_OFF)));
        }
    }
}
