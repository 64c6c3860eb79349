package dk.kantinekort.ui.staff.bookkeeping;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import dk.kantinekort.api.payment.ListPayoutRequests;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.testing.BackofficeUiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.ContextConfiguration;

/** A municipality without Økonomi and Afregning: no menu entries, and their addresses are not found. */
@ContextConfiguration(classes = FinancePartsSwitchedOffTest.PartsOff.class)
class FinancePartsSwitchedOffTest extends BackofficeUiTest {

    @Configuration
    static class PartsOff {
        @Bean
        SchemeParts schemeParts() {
            return SchemeParts.allBut(SchemePart.BOOKKEEPING, SchemePart.SETTLEMENT);
        }
    }

    @Test
    void theMenuLeavesOutTheSwitchedOffPages() {
        queries.answer(ListPayoutRequests.class, q -> List.of());

        open("backoffice/udbetalinger");

        assertThat(_find(Anchor.class, spec -> spec.withId("staff-menu-udbetalinger"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("staff-menu-oekonomi"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("staff-menu-afregning"))).isEmpty();
    }

    @Test
    void theSwitchedOffPagesAreNotFound() {
        open("backoffice/oekonomi");
        assertThat(_find(H2.class).stream().map(H2::getText)).doesNotContain("Økonomi");

        UI.getCurrent().navigate("backoffice/afregning");
        assertThat(_find(H2.class).stream().map(H2::getText)).doesNotContain("Afregning");
    }
}
