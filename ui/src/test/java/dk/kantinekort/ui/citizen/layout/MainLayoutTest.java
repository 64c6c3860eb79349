package dk.kantinekort.ui.citizen.layout;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN_CARD;
import static dk.kantinekort.ui.testing.TestData.RELATION_CARD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.audit.FindReadModelStatus;
import dk.kantinekort.api.audit.ReadModelStatus;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.testing.PortalUiTest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutTest extends PortalUiTest {

    @Autowired
    AccountSelection selection;

    private void christianLogsIn() {
        citizen.logIn(CHRISTIAN);
        queries.answer(FindAccessibleAccounts.class, q -> List.of(CHRISTIAN_CARD, RELATION_CARD));
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
    }

    @Test
    void theSwitcherListsEveryAccessibleAccountWithTheSelectedOneChosen() {
        christianLogsIn();
        open("");

        Select<AccountSummary> switcher = switcher();
        assertThat(switcher.getLabel()).isEqualTo("Vælg konto");
        assertThat(switcher.getListDataView().getItems().map(switcher.getItemLabelGenerator()))
                .containsExactly("Christian Harms", "Test Harms Relation");
        assertThat(switcher.getValue()).isEqualTo(CHRISTIAN_CARD);
    }

    @Test
    void choosingAnotherAccountSelectsItAndShowsThePageAgain() {
        christianLogsIn();
        open("");
        HasElement before = currentView();

        _setValue(switcher(), RELATION_CARD);

        assertThat(selection.selected()).hasValue(RELATION_CARD);
        assertThat(currentView()).as("the page is built again for the chosen account").isNotSameAs(before);
        assertThat(switcher().getValue()).isEqualTo(RELATION_CARD);
    }

    @Test
    void theHeaderAsksForTheAccessibleAccountsOncePerPage() {
        christianLogsIn();
        AtomicInteger asked = new AtomicInteger();
        queries.answer(FindAccessibleAccounts.class, q -> {
            asked.incrementAndGet();
            return List.of(CHRISTIAN_CARD, RELATION_CARD);
        });

        open(""); // the session starts on Mine Konti, which asks for its own list too
        asked.set(0);

        open("hjaelp"); // a page that asks nothing itself

        assertThat(asked).as("the switcher's list and its chosen account come from one question").hasValue(1);
        assertThat(switcher().getValue()).isEqualTo(CHRISTIAN_CARD);
    }

    @Test
    void severalAccountsOfOnePersonAreToldApartByTheirNames() {
        christianLogsIn();
        AccountSummary second = dk.kantinekort.ui.testing.TestData.account("account-christian-2", CHRISTIAN,
                "Christian Harms", "270182-", "Konto", 0, dk.kantinekort.api.account.AccountStatus.ACTIVE, "AB1234");
        queries.answer(FindAccessibleAccounts.class, q -> List.of(CHRISTIAN_CARD, second, RELATION_CARD));
        open("");

        Select<AccountSummary> switcher = switcher();
        assertThat(switcher.getListDataView().getItems().map(switcher.getItemLabelGenerator()))
                .containsExactly("Christian Harms – Betalingskort", "Christian Harms – Konto", "Test Harms Relation");
    }

    @Test
    void theMenuShowsTheBuiltPagesAndMarksTheCurrentOne() {
        christianLogsIn();
        open("");

        assertThat(menuLinks()).extracting(Anchor::getText)
                .containsExactly("Mine Konti", "Brugeroplysninger", "Kontoudskrift", "Hjælp");
        assertThat(_find(Anchor.class, spec -> spec.withId("menu-indbetaling"))).isEmpty();
        assertThat(_get(Details.class).getSummaryText()).isEqualTo("Flere");
        assertThat(_get(Anchor.class, spec -> spec.withId("menu-konti")).getElement().getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(_get(Anchor.class, spec -> spec.withId("menu-kontoudskrift")).getHref())
                .isEqualTo("kontoudskrift");
    }

    @Test
    void theHeaderNamesWhoIsLoggedInAndOffersToLogOut() {
        christianLogsIn();
        open("");

        assertThat(_get(Span.class, spec -> spec.withId("logged-in-as")).getText())
                .isEqualTo("Logget ind som Christian Harms");
        assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("Log ud");
        assertThat(_find(Anchor.class, spec -> spec.withId("login-link"))).isEmpty();
    }

    @Test
    void aPersonRegisteredAMomentAgoIsNamedAsTheLoginBrokerNamesThemUntilTheReadSideHasThem() {
        citizen.logIn("ny-borger");
        citizen.nameFromLogin("Ny Borger");
        queries.answer(FindAccessibleAccounts.class, q -> List.of());
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
        open("");

        assertThat(_get(Span.class, spec -> spec.withId("logged-in-as")).getText())
                .isEqualTo("Logget ind som Ny Borger");
    }

    @Test
    void theFooterLinksToHelpTermsAndTheAccessibilityStatement() {
        christianLogsIn();
        open("");

        assertThat(List.of("footer-help", "footer-terms", "footer-accessibility"))
                .extracting(id -> _get(Anchor.class, spec -> spec.withId(id)))
                .extracting(Anchor::getText, Anchor::getHref)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hjælp", "hjaelp"),
                        org.assertj.core.groups.Tuple.tuple("Handelsbetingelser og vilkår", "betingelser"),
                        org.assertj.core.groups.Tuple.tuple("Tilgængelighedserklæring", "tilgaengelighed"));
    }

    @Test
    void aVisitorOnAPublicPageSeesNeitherSwitcherNorThePagesThatNeedALogin() {
        open("hjaelp");

        assertThat(_find(Select.class, spec -> spec.withId("account-switcher"))).isEmpty();
        assertThat(menuLinks()).extracting(Anchor::getText).containsExactly("Hjælp");
        assertThat(_find(Details.class)).as("no \"Flere\" for a single item").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("logout"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("logged-in-as"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("login-link")).getText()).isEqualTo("Log på");
    }

    @Test
    void theSkipLinkComesFirstAndThePageSitsInMain() {
        christianLogsIn();
        open("");

        MainLayout layout = (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(1);
        var header = layout.getElement().getChild(0);
        assertThat(header.getTag()).isEqualTo("header");
        assertThat(header.getChild(0).getAttribute("id")).isEqualTo("skip-to-content");
        assertThat(layout.getElement().getChild(1).getTag()).isEqualTo("main");
        assertThat(layout.getElement().getChild(1).getChild(0)).isEqualTo(currentView().getElement());
        assertThat(layout.getElement().getChild(2).getTag()).isEqualTo("footer");
    }

    @SuppressWarnings("unchecked")
    private static Select<AccountSummary> switcher() {
        return _get(Select.class, spec -> spec.withId("account-switcher"));
    }

    private static List<Anchor> menuLinks() {
        return _find(Anchor.class).stream()
                .filter(a -> a.getId().map(id -> id.startsWith("menu-") && !id.endsWith("-more")).orElse(false))
                .toList();
    }

    private static HasElement currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void theFooterOffersEnglishAndThePageIsShownInEnglish() {
        christianLogsIn();
        open("");
        Button english = _get(Button.class, spec -> spec.withId("language-choice"));
        assertThat(english.getText()).isEqualTo("English");

        english.click();

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(switcher().getLabel()).isEqualTo("Choose account");
        assertThat(_get(Button.class, spec -> spec.withId("language-choice")).getText()).isEqualTo("Dansk");
    }

    @Test
    void whileTheReadModelsAreRebuiltEveryPageSaysSoPolitely() {
        christianLogsIn();
        queries.answer(FindReadModelStatus.class, q -> status(ReadModelStatus.State.REBUILDING));

        open("");

        Div banner = _get(Div.class, spec -> spec.withId("rebuild-banner"));
        assertThat(banner.getText()).isEqualTo("Kontooplysningerne genopbygges lige nu. Saldi og kontoudskrifter kan "
                + "være ufuldstændige et øjeblik.");
        assertThat(banner.getElement().getAttribute("role")).isEqualTo("status");
    }

    @Test
    void readyReadModelsShowNoBanner() {
        christianLogsIn();
        queries.answer(FindReadModelStatus.class, q -> status(ReadModelStatus.State.READY));

        open("");

        assertThat(_find(Div.class, spec -> spec.withId("rebuild-banner"))).isEmpty();
    }

    @Test
    void anUnansweredStatusQueryShowsNoBanner() {
        christianLogsIn();
        queries.fail(FindReadModelStatus.class);

        open("");

        assertThat(_find(Div.class, spec -> spec.withId("rebuild-banner"))).isEmpty();
        assertThat(switcher().getValue()).as("the page itself is there").isEqualTo(CHRISTIAN_CARD);
    }

    private static ReadModelStatus status(ReadModelStatus.State state) {
        return new ReadModelStatus(state, "rebuild-1", "auditor:revisor", null, null, List.of());
    }
}
