package dk.kantinekort.app.login;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.app.demo.DemoIdentities;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.context.WebApplicationContext;

/**
 * F1 over plain HTTP: the portal sends a stranger through the real authorization-code flow to the demo MitID
 * in its own process, and takes them back logged in; a wrong password gets nobody in.
 */
class MitIdLoginFlowTest {

    @TempDir
    static Path dataDir;
    static RunningKantinekort app;

    @BeforeAll
    static void startTheEmbeddedDefault() {
        app = AppUnderTest.start(dataDir);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aCitizenLogsInThroughTheDemoMitIdAndComesBackToThePortalLoggedIn() throws Exception {
        BrowserlessSession browser = new BrowserlessSession();

        HttpResponse<String> start = browser.get(portal("/"));
        assertThat(start.uri().getPath()).as("a stranger is sent to the login page").isEqualTo("/login");

        HttpResponse<String> mitIdPage = browser.get(portal("/oauth2/authorization/mitid"));
        assertThat(mitIdPage.uri().getHost()).isEqualTo("localhost");
        assertThat(mitIdPage.uri().getPort()).isEqualTo(idpPort());
        assertThat(mitIdPage.uri().getPath()).isEqualTo("/login");
        assertThat(mitIdPage.body()).contains("<title>MitID (demo)</title>", "name=\"username\"", "name=\"password\"");
        assertThat(browser.visited()).anySatisfy(hop -> assertThat(hop.getPath()).isEqualTo("/oauth2/authorize"));

        HttpResponse<String> back = browser.postForm(mitIdPage.uri().toString(), Map.of(
                "username", DemoIdentities.CHRISTIAN.username(),
                "password", DemoIdentities.PASSWORD,
                "_csrf", BrowserlessSession.csrfToken(mitIdPage.body())));

        assertThat(browser.visited()).anySatisfy(hop -> assertThat(hop.getPath()).isEqualTo("/login/oauth2/code/mitid"));
        assertThat(back.uri().getPort()).isEqualTo(app.portalPort());
        assertThat(back.uri().getPath()).as("back where the citizen started").isEqualTo("/");
        assertThat(back.statusCode()).as("the portal serves its start page to the logged-in citizen").isEqualTo(200);
        assertThat(back.body()).contains("<div id=\"outlet\">");
        assertThat(browser.get(portal("/kontoudskrift")).uri().getPath())
                .as("other pages open too, without another trip to MitID").isEqualTo("/kontoudskrift");
    }

    @Test
    void aWrongPasswordIsRefusedAndThePortalStaysClosed() throws Exception {
        BrowserlessSession browser = new BrowserlessSession();
        HttpResponse<String> mitIdPage = browser.get(portal("/oauth2/authorization/mitid"));

        HttpResponse<String> refused = browser.postForm(mitIdPage.uri().toString(), Map.of(
                "username", DemoIdentities.CHRISTIAN.username(),
                "password", "not-" + DemoIdentities.PASSWORD,
                "_csrf", BrowserlessSession.csrfToken(mitIdPage.body())));

        assertThat(refused.uri().getPort()).isEqualTo(idpPort());
        assertThat(refused.uri().getQuery()).isEqualTo("error");
        assertThat(refused.body()).contains("role=\"alert\"", "Forkert bruger-ID eller adgangskode");
        assertThat(browser.visited()).noneSatisfy(hop -> assertThat(hop.getPath()).isEqualTo("/login/oauth2/code/mitid"));
        assertThat(browser.get(portal("/")).uri().getPath()).as("still a stranger to the portal").isEqualTo("/login");
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutesHeartbeatOrNot() {
        assertThat(((WebApplicationContext) app.portal()).getServletContext().getSessionTimeout()).isEqualTo(30);
        assertThat(app.portal().getEnvironment().getProperty("vaadin.close-idle-sessions", Boolean.class)).isTrue();
    }

    private static String portal(String path) {
        return "http://127.0.0.1:" + app.portalPort() + path;
    }

    private static int idpPort() {
        return app.identityProvider().orElseThrow().port();
    }
}
