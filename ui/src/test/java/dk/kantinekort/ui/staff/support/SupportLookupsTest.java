package dk.kantinekort.ui.staff.support;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.FindAccountsOfCitizen;
import dk.kantinekort.api.account.SearchAccountsByHolder;
import dk.kantinekort.api.citizen.FindCitizenByCpr;
import dk.kantinekort.api.lookup.LookupChannel;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.lookup.RecordStaffLookup;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.ui.testing.BackofficeUiTest;
import dk.kantinekort.ui.testing.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 15: every Support search is recorded before it is shown (who, how, whom), and refused when it cannot be. */
class SupportLookupsTest extends BackofficeUiTest {

    @BeforeEach
    void theRelationIsKnown() {
        queries.answer(FindCitizenByCpr.class, q -> q.cpr().replace("-", "").equals("0909091234")
                ? TestData.RELATION : null);
        queries.answer(FindAccountsOfCitizen.class, q -> List.of(RELATION_CARD));
        queries.answer(FindAccountByCard.class, q -> null);
        queries.answer(SearchAccountsByHolder.class, q -> List.of(RELATION_CARD, ANNA_CARD));
    }

    @Test
    void aCprSearchIsRecordedWithTheStaffMemberTheKindAndWhoWasShownButNeverTheTypedNumber() {
        open("backoffice/support");

        search("090909-1234");

        RecordStaffLookup lookup = commands.sent(RecordStaffLookup.class).get(0);
        assertThat(lookup.channel()).isEqualTo(LookupChannel.BACK_OFFICE);
        assertThat(lookup.searchedBy()).isEqualTo(LookupKey.CPR);
        assertThat(lookup.purpose()).isEqualTo(LookupPurpose.SUPPORT_SEARCH);
        assertThat(lookup.citizenIds()).containsExactly(TestData.RELATION);
        assertThat(lookup.accountIds()).containsExactly(RELATION_CARD.accountId());
        assertThat(lookup.logId()).startsWith("lookups:admin:admin:");
        assertThat(lookup.toString()).doesNotContain("1234", "090909");
        assertThat(commands.metaData(RecordStaffLookup.class).get(0).get(Metadata.ACTOR)).isEqualTo("admin:admin");
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("support-account-" + RELATION_CARD.accountId())))
                .hasSize(1);
    }

    @Test
    void aNameSearchRecordsEveryPersonShownAndASearchWithoutMatchIsRecordedAsNoMatch() {
        open("backoffice/support");

        search("harms");
        search("ZZ999999");

        List<RecordStaffLookup> lookups = commands.sent(RecordStaffLookup.class);
        assertThat(lookups).hasSize(2);
        assertThat(lookups.get(0).searchedBy()).isEqualTo(LookupKey.NAME);
        assertThat(lookups.get(0).citizenIds()).containsExactly(TestData.RELATION, TestData.ANNA);
        assertThat(lookups.get(1).searchedBy()).isEqualTo(LookupKey.CARD_NUMBER);
        assertThat(lookups.get(1).citizenIds()).isEmpty();
        assertThat(lookups.get(1).accountIds()).isEmpty();
    }

    @Test
    void aSearchThatCannotBeRecordedShowsNobody() {
        commands.answer(RecordStaffLookup.class, c -> {
            throw new IllegalStateException("the event store refuses writes");
        });
        open("backoffice/support");

        search("090909-1234");

        assertThat(_find(NativeTableRow.class, spec -> spec.withId("support-account-" + RELATION_CARD.accountId())))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("support-message")).getText())
                .isEqualTo("Opslaget kunne ikke registreres, og vises derfor ikke. Prøv igen om lidt.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("support-none"))).as("not \"nothing found\"").isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("support-access-" + TestData.RELATION))).isEmpty();
    }

    @Test
    void eachPersonFoundCanHaveTheirDataDownloaded() {
        open("backoffice/support");

        search("harms");

        Anchor relation = _get(Anchor.class, spec -> spec.withId("support-access-" + TestData.RELATION));
        assertThat(relation.getHref()).isNotBlank();
        assertThat(relation.getText()).isEqualTo("Hent data om Test Harms Relation");
        assertThat(_find(Anchor.class, spec -> spec.withId("support-access-" + TestData.ANNA))).hasSize(1);
    }

    @Test
    void theKindOfKeyIsReadFromTheTypedText() {
        assertThat(SupportDesk.keyOf("0909091234")).isEqualTo(LookupKey.CPR);
        assertThat(SupportDesk.keyOf("090909")).isEqualTo(LookupKey.BIRTH_DATE);
        assertThat(SupportDesk.keyOf("1562265116")).isEqualTo(LookupKey.CARD_NUMBER);
        assertThat(SupportDesk.keyOf("Anna")).isEqualTo(LookupKey.NAME);
    }

    private void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("support-search")), text);
        _click(_get(Button.class, spec -> spec.withId("support-find")));
    }
}
