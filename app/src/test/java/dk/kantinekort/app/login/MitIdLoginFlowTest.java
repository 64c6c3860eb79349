package dk.kantinekort.app.login;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.embedded.mitid.DemoIdentities;
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
    void aForgedHostHeaderChangesNoAddressThePortalHandsOut() throws Exception {
        String portal = "http://127.0.0.1:" + app.portalPort();

        String login = locationOf(rawGet("/oauth2/authorization/mitid", "attacker.example"));
        String redirectUri = java.net.URLDecoder.decode(login.replaceFirst(".*[?&]redirect_uri=([^&]*).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(redirectUri).as("the broker is told the configured address").isEqualTo(portal
                + "/login/oauth2/code/mitid");

        assertThat(locationOf(rawGet("/kontoudskrift?x=1", "localhost:1")))
                .as("the demo's move from localhost goes to the port the portal really listens on")
                .isEqualTo(portal + "/kontoudskrift?x=1");
    }

    /** A GET with the Host header an attacker chose (java.net.http will not send a forged one). */
    private static String rawGet(String path, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.portalPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            return response.substring(0, response.indexOf("\r\n\r\n"));
        }
    }

    private static String locationOf(String headers) {
        assertThat(headers).startsWith("HTTP/1.1 302");
        return headers.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                .map(line -> line.substring(9).strip()).findFirst().orElseThrow();
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
