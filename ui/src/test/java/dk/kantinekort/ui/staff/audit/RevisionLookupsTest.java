package dk.kantinekort.ui.staff.audit;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.audit.FindAccountHistory;
import dk.kantinekort.api.audit.FindLatestLedgerCheck;
import dk.kantinekort.api.audit.FindReadModelStatus;
import dk.kantinekort.api.audit.ReadModelStatus;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.lookup.RecordStaffLookup;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.ui.security.CurrentStaff.Role;
import dk.kantinekort.ui.testing.BackofficeUiTest;
import dk.kantinekort.ui.testing.TestData;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 15: the auditor's Kontohistorik is a look-up of a person too: recorded before it is shown. */
class RevisionLookupsTest extends BackofficeUiTest {

    private static final String CHRISTIAN = TestData.CHRISTIAN_CARD.accountId();

    @BeforeEach
    void asAuditor() {
        staff.logIn("revisor", Role.AUDITOR);
        queries.answer(FindLatestLedgerCheck.class, q -> null);
        queries.answer(FindReadModelStatus.class, q -> new ReadModelStatus(ReadModelStatus.State.READY, null, null,
                null, null, List.of()));
        queries.answer(FindAccountByCard.class, q -> q.cardNumber().value().equals("1562265116")
                ? TestData.CHRISTIAN_CARD : null);
        queries.answer(FindAccountSummary.class, q -> q.accountId().equals(CHRISTIAN) ? TestData.CHRISTIAN_CARD : null);
        queries.answer(FindAccountHistory.class, q -> q.accountId().equals(CHRISTIAN) ? List.of(new AuditedEvent(
                "e-0", CHRISTIAN, 0L, Instant.parse("2026-03-01T09:00:00Z"), "CardAccountOpened", "{}", "admin:api",
                "ADMIN_API", "c", null, null)) : List.of());
    }

    @Test
    void anAccountsHistoryFoundByCardIsRecordedInTheAuditorsNameWithTheHolderAndTheAccount() {
        open("backoffice/revision");

        find("1562265116");

        RecordStaffLookup lookup = commands.sent(RecordStaffLookup.class).get(0);
        assertThat(lookup.searchedBy()).isEqualTo(LookupKey.CARD_NUMBER);
        assertThat(lookup.purpose()).isEqualTo(LookupPurpose.ACCOUNT_HISTORY);
        assertThat(lookup.citizenIds()).containsExactly(TestData.CHRISTIAN);
        assertThat(lookup.accountIds()).containsExactly(CHRISTIAN);
        assertThat(commands.metaData(RecordStaffLookup.class).get(0).get(Metadata.ACTOR)).isEqualTo("auditor:revisor");
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("history-event-0"))).hasSize(1);
    }

    @Test
    void anUnknownAccountIsRecordedAsALookUpWithoutMatch() {
        open("backoffice/revision");

        find("no-such-account");

        RecordStaffLookup lookup = commands.sent(RecordStaffLookup.class).get(0);
        assertThat(lookup.searchedBy()).isEqualTo(LookupKey.ACCOUNT_ID);
        assertThat(lookup.accountIds()).isEmpty();
    }

    @Test
    void aHistoryThatCannotBeRecordedIsNotShown() {
        commands.answer(RecordStaffLookup.class, c -> {
            throw new IllegalStateException("the event store refuses writes");
        });
        open("backoffice/revision");

        find("1562265116");

        assertThat(_find(NativeTableRow.class, spec -> spec.withId("history-event-0"))).isEmpty();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Opslaget kunne ikke registreres, og vises derfor ikke. Prøv igen om lidt.");
    }

    private void find(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("history-search")), text);
        _click(_get(Button.class, spec -> spec.withId("history-find")));
    }
}
