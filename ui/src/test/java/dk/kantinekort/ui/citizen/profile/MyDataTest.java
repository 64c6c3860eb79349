package dk.kantinekort.ui.citizen.profile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import dk.kantinekort.api.privacy.FindPersonalDataExport;
import dk.kantinekort.ui.shell.Branding;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** "Hent mine data" on Brugeroplysninger: the right of access, always the logged-in citizen's own file. */
class MyDataTest {

    private final FakePortal portal = new FakePortal();

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.forLanguageTag("da-DK"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void brugeroplysningerHasAHentMineDataLinkThatDownloadsAJsonFile() {
        open("brugeroplysninger");

        Anchor download = _get(Anchor.class, spec -> spec.withId("profile-my-data-download"));
        assertThat(download.getText()).isEqualTo("Hent mine data");
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void theFileIsTheLoggedInCitizensEvenWhenALinkedPersonsAccountIsShown() {
        open("brugeroplysninger?konto=" + FakePortal.RELATION_ACCOUNT);

        String json = new MyDataFile(portal.queryGateway, portal.currentCitizen).json().orElseThrow();

        assertThat(portal.queries).contains(new FindPersonalDataExport(FakePortal.CHRISTIAN));
        assertThat(json).contains(FakePortal.CHRISTIAN);
    }

    private void open(String location) {
        ProfileView view = new ProfileView(portal.accountSelection(), new ProfileQueries(portal.queryGateway),
                portal.portalCommands(), new Branding("GladsaxeKortet"),
                new MyDataFile(portal.queryGateway, portal.currentCitizen), 0);
        UI.getCurrent().add(view);
        BeforeEnterEvent event = Mockito.mock(BeforeEnterEvent.class);
        Mockito.when(event.getLocation()).thenReturn(new Location(location));
        view.beforeEnter(event);
    }
}
