package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, 3: the portal's security headers, and that the pages work under its Content-Security-Policy in real
 * Chromium (log in through the demo MitID, Mine Konti, log out) with no violation in the console.
 */
@BrowserTest
class SecurityHeadersInTheBrowserTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPortalAnswerCarriesTheContentSecurityPolicyReferrerAndPermissionsPolicy(PortalBrowser browser)
            throws Exception {
        for (String path : List.of("/login", "/hjaelp", "/")) {
            HttpResponse<String> answer = get(browser, path, false);
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path)
                    .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                            "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'", "object-src 'none'",
                            "base-uri 'self'",
                            "form-action 'self' http://localhost:" + browser.portal().identityProviderPort());
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(answer.headers().firstValue("Permissions-Policy").orElse("")).as(path)
                    .contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        }
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndLaxAndHstsIsSent(PortalBrowser browser) throws Exception {
        // a Vaadin page: it opens the session (the plain login page needs none)
        HttpResponse<String> direct = get(browser, "/hjaelp", false);
        assertThat(sessionCookie(direct)).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");

        HttpResponse<String> proxied = get(browser, "/hjaelp", true);
        assertThat(sessionCookie(proxied)).contains("Secure", "SameSite=Lax", "HttpOnly");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000", "includeSubDomains");
    }

    @Test
    void loggingInMineKontiAndLoggingOutWorkUnderThePolicyWithNoViolationInTheConsole(PortalBrowser browser) {
        // the check can see a violation: an image from elsewhere is refused by img-src, and the console says so
        browser.open("/login");
        browser.waitForPath("/login");
        browser.script("new Image().src = 'http://203.0.113.9/pixel.png';");
        browser.waitUntil(driver -> browser.consoleMessages().stream().anyMatch(SecurityHeadersInTheBrowserTest::violation));

        List<String> console = new ArrayList<>();
        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.waitForTitleStartingWith("Mine Konti");
        browser.waitForText("Christian Harms", "Test Harms Relation");
        console.addAll(browser.consoleMessages());
        browser.open("/hjaelp");
        browser.waitForTitleStartingWith("Hjælp");
        console.addAll(browser.consoleMessages());
        browser.click("logout"); // a redirect to the broker's end-session endpoint: form-action allows the broker
        browser.waitForPath("/login");
        console.addAll(browser.consoleMessages());

        assertThat(console).as("the console of the whole visit")
                .noneMatch(SecurityHeadersInTheBrowserTest::violation);
    }

    private static boolean violation(String consoleLine) {
        return consoleLine.contains("Content Security Policy") || consoleLine.contains("Content-Security-Policy");
    }

    private HttpResponse<String> get(PortalBrowser browser, String path, boolean behindHttpsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.portal().url(path)));
        if (behindHttpsProxy) {
            // what a TLS-terminating proxy on a trusted address (here: loopback) adds
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + answer.headers().map()));
    }
}
