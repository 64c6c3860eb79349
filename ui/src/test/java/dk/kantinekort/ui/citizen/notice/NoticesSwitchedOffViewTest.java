package dk.kantinekort.ui.citizen.notice;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN_CARD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.button.Button;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.citizen.account.MyAccountsView;
import dk.kantinekort.ui.citizen.relation.AddAccountView;
import dk.kantinekort.ui.citizen.relation.ApproveLinksView;
import dk.kantinekort.ui.testing.PortalUiTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** A municipality that switched Notifikationer off: no page, no button on Mine Konti. */
@ContextConfiguration(classes = NoticesSwitchedOffViewTest.Off.class)
class NoticesSwitchedOffViewTest extends PortalUiTest {

    @Configuration
    @Import(NoticeChoices.class)
    static class Off {
        @Bean
        SchemeParts schemeParts() {
            return SchemeParts.allBut(SchemePart.NOTICES);
        }
    }

    @Override
    protected Set<Class<? extends Component>> routes() {
        return Set.of(MyAccountsView.class, AddAccountView.class, ApproveLinksView.class, NoticesView.class);
    }

    @BeforeEach
    void christianIsLoggedIn() {
        citizen.logIn(CHRISTIAN);
        queries.answer(FindAccessibleAccounts.class, q -> List.of(CHRISTIAN_CARD));
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
    }

    @Test
    void withNotifikationerSwitchedOffThePageIsNotFoundAndMineKontiHasNoButton() {
        open("");
        TreeGrid<?> grid = _get(TreeGrid.class, s -> s.withId("accounts"));
        assertThat(_find(_getCellComponent(grid, 0, "actions"), Button.class)).extracting(Button::getText)
                .doesNotContain("Notifikationer");

        try {
            open("notifikationer?konto=" + CHRISTIAN_CARD.accountId());
        } catch (RuntimeException notFound) {
            // Karibu may hand the route's NotFoundException to the test instead of showing the error view
        }
        assertThat(_find(NoticesView.class)).isEmpty();
    }
}
