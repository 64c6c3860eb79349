package dk.kantinekort.ui.staff.lookup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import dk.kantinekort.api.lookup.ListStaffLookups;
import dk.kantinekort.api.lookup.LookupChannel;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.lookup.StaffLookupPage;
import dk.kantinekort.ui.security.CurrentStaff.Role;
import dk.kantinekort.ui.testing.BackofficeUiTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opslag: the auditor lists who looked up whom, when and how, a page at a time, for days in Danish time. */
class LookupsViewTest extends BackofficeUiTest {

    private final List<ListStaffLookups> asked = new ArrayList<>();

    @BeforeEach
    void asAuditorWithSixtyLookUps() {
        staff.logIn("revisor", Role.AUDITOR);
        List<StaffLookupPage.Entry> all = IntStream.range(0, 60).mapToObj(i -> new StaffLookupPage.Entry("l" + i,
                Instant.parse("2026-04-01T08:00:00Z").minusSeconds(60L * i), "admin:support1",
                LookupChannel.BACK_OFFICE, i == 0 ? LookupKey.CPR : LookupKey.NAME, LookupPurpose.SUPPORT_SEARCH,
                i == 1 ? List.of() : List.of("citizen-" + i), i == 1 ? List.of() : List.of("account-" + i))).toList();
        queries.answer(ListStaffLookups.class, q -> {
            asked.add(q);
            return new StaffLookupPage(all.stream().skip((long) q.page() * q.size()).limit(q.size()).toList(),
                    all.size(), q.page(), q.size());
        });
    }

    @Test
    void theLastSevenDaysInDanishTimeAreShownNewestFirstWithWhoHowAndWhom() {
        open("backoffice/opslag");

        assertThat(asked.get(0).from()).isEqualTo(Instant.parse("2026-03-25T23:00:00Z"));
        assertThat(asked.get(0).to()).isEqualTo(Instant.parse("2026-04-01T22:00:00Z"));
        assertThat(rowText("lookup-l0")).contains("01-04-2026 10:00", "admin:support1", "Administration",
                "CPR-nummer", "Søgning i Support", "citizen-0", "account-0");
        assertThat(rowText("lookup-l1")).contains("intet fundet");
        assertThat(paragraph("lookups-summary")).isEqualTo("Viser 1-50 af 60 opslag, nyeste først.");
    }

    @Test
    void theNextPageShowsTheRest() {
        open("backoffice/opslag");

        _click(_get(Button.class, spec -> spec.withId("lookups-next")));

        assertThat(paragraph("lookups-summary")).isEqualTo("Viser 51-60 af 60 opslag, nyeste først.");
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("lookup-l59"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("lookups-next"))).as("hidden on the last page").isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("lookups-previous")).isVisible()).isTrue();
    }
}
