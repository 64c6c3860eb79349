package dk.kantinekort.ui.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import dk.kantinekort.ui.shell.ReadModelNotice;
import dk.kantinekort.ui.citizen.account.MyAccountsView;
import dk.kantinekort.ui.citizen.relation.ApproveLinksView;
import dk.kantinekort.ui.citizen.relation.AddAccountView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Server-side portal tests (Karibu): views built by Spring with fake gateways and a fake login. Arrange the
 * fakes first, then {@link #open(String)} a page; the Vaadin session starts there.
 */
@SpringJUnitConfig(PortalTestContext.class)
public abstract class PortalUiTest {

    protected static final Locale DANISH = Locale.forLanguageTag("da-DK");
    /** Routes of pages built elsewhere that the shell and these views link to. */
    private static final List<String> OTHER_PAGES = List.of("login", "cpr", "hjaelp", "betingelser",
            "tilgaengelighed", "brugeroplysninger", "kontoudskrift", "indbetaling");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected FakeQueryGateway queries;
    @Autowired
    protected FakeCommandGateway commands;
    @Autowired
    protected FakeCitizen citizen;
    @Autowired
    protected ReadModelNotice readModels;

    private boolean started;

    /** The routes the tests know; Mine Konti at "" is where every session starts. */
    protected Set<Class<? extends Component>> routes() {
        return Set.of(MyAccountsView.class, AddAccountView.class, ApproveLinksView.class);
    }

    @BeforeEach
    void resetFakes() {
        queries.reset();
        commands.reset();
        citizen.logOut();
        readModels.forget();
    }

    /** Starts the Vaadin session (first at "") and navigates to {@code location}, e.g. "indbetaling?konto=a-1". */
    protected void open(String location) {
        if (!started) {
            Routes routes = new Routes(routes(), Set.of(), true);
            MockVaadin.setup(() -> danishUi(), new MockSpringServlet(routes, context, PortalUiTest::danishUi));
            RouteConfiguration configuration = RouteConfiguration.forApplicationScope();
            for (String path : OTHER_PAGES) {
                if (!configuration.isPathAvailable(path)) {
                    configuration.setRoute(path, OtherPage.class, MainLayout.class);
                }
            }
            started = true;
        }
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else { // navigate(String) takes no query: "indbetaling?konto=…" as path and parameters
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    private static UI danishUi() {
        UI ui = new UI();
        ui.setLocale(DANISH);
        return ui;
    }

    @AfterEach
    void stopVaadin() {
        if (started) {
            MockVaadin.tearDown();
            started = false;
        }
    }
}
