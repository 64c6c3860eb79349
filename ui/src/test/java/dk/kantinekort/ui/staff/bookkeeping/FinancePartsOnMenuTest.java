package dk.kantinekort.ui.staff.bookkeeping;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import dk.kantinekort.api.payment.ListPayoutRequests;
import dk.kantinekort.ui.testing.BackofficeUiTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With every part on (the default), the menu offers Økonomi and Afregning to an ADMIN. */
class FinancePartsOnMenuTest extends BackofficeUiTest {

    @Test
    void theMenuOffersOekonomiAndAfregning() {
        queries.answer(ListPayoutRequests.class, q -> List.of());

        open("backoffice/udbetalinger");

        assertThat(_find(Anchor.class, spec -> spec.withId("staff-menu-oekonomi"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("staff-menu-afregning"))).hasSize(1);
    }
}
