package dk.kantinekort.ui.staff.layout;

import dk.kantinekort.ui.testing.BackofficeUiTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.kantinekort.api.audit.FindLatestLedgerCheck;
import dk.kantinekort.api.audit.FindReadModelStatus;
import dk.kantinekort.api.audit.ReadModelStatus;
import dk.kantinekort.api.payment.ListPaymentDiscrepancies;
import dk.kantinekort.api.payment.ListPayoutRequests;
import dk.kantinekort.ui.security.CurrentStaff.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackofficeLayoutTest extends BackofficeUiTest {

    @Test
    void anAdminLandsOnUdbetalingerUnderTheAdministrationHeaderWithTheAdminPagesInTheMenu() {
        queries.answer(ListPayoutRequests.class, q -> List.of());

        open("backoffice");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("backoffice/udbetalinger");
        assertThat(_get(H1.class, spec -> spec.withId("backoffice-title")).getText())
                .isEqualTo("Kantinekort – administration");
        assertThat(_get(Span.class, spec -> spec.withId("backoffice-user")).getText()).isEqualTo("Logget ind som admin");
        assertThat(visible("udbetalinger")).isTrue();
        assertThat(visible("support")).isTrue();
        assertThat(visible("revision")).as("an AUDITOR page").isFalse();
    }

    @Test
    void anAuditorLandsOnRevisionAndSeesOnlyIt() {
        staff.logIn("revisor", Role.AUDITOR);
        queries.answer(FindLatestLedgerCheck.class, q -> null);
        queries.answer(FindReadModelStatus.class, q -> new ReadModelStatus(ReadModelStatus.State.READY, null, null,
                null, null, List.of()));

        open("backoffice");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("backoffice/revision");
        assertThat(visible("revision")).isTrue();
        assertThat(visible("udbetalinger")).isFalse();
        assertThat(_get(H2.class).getText()).isEqualTo("Revision");
    }

    @Test
    void afstemningSaysWhenEverythingMatched() {
        queries.answer(ListPaymentDiscrepancies.class, q -> List.of());

        open("backoffice/afstemning");

        assertThat(_get(Paragraph.class, spec -> spec.withId("discrepancies-empty")).getText())
                .isEqualTo("Der er ingen uafstemte betalinger.");
    }

    private static boolean visible(String key) {
        // Karibu finds only what is shown, its parents included
        return !_find(Anchor.class, spec -> spec.withId("staff-menu-" + key)).isEmpty();
    }

    @Test
    void theBackOfficeShowsTheRebuildBannerToo() {
        queries.answer(ListPayoutRequests.class, q -> List.of());
        queries.answer(FindReadModelStatus.class, q -> new ReadModelStatus(ReadModelStatus.State.REBUILDING,
                "rebuild-1", "auditor:revisor", null, null, List.of()));

        open("backoffice/udbetalinger");

        assertThat(_get(Div.class, spec -> spec.withId("rebuild-banner")).getText())
                .startsWith("Kontooplysningerne genopbygges lige nu.");
    }
}
