package dk.kantinekort.app.idp;

import dk.kantinekort.embedded.mitid.IdpLaunch;
import dk.kantinekort.embedded.mitid.IdentityProviderProcess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import dk.kantinekort.embedded.mitid.DemoIdentities.DemoIdentity;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.net.URLDecoder;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo MitID asserts each demo citizen's CPR number in the ID token (claim
 * {@value DemoIdentities#CPR_CLAIM}, with scope {@value DemoIdentities#CPR_SCOPE}), as a public-sector broker
 * does, and none for staff: the authorization-code flow run against the real provider process as the portal's
 * client.
 */
class DemoMitIdCprClaimTest {

    private static final String CLIENT_ID = "kantinekort-portal";
    private static final String CLIENT_SECRET = "test-secret";
    private static final String PORTAL = "http://127.0.0.1:18080";
    private static final String REDIRECT_URI = PORTAL + "/login/oauth2/code/mitid";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;
    static IdentityProviderProcess idp;

    @BeforeAll
    static void startTheDemoMitId() throws IOException {
        idp = IdentityProviderProcess.start(new IdpLaunch(freePort(), PORTAL, CLIENT_ID, CLIENT_SECRET,
                dataDir.resolve("logs/idp.log"), Duration.ofSeconds(90)));
    }

    @AfterAll
    static void stop() {
        if (idp != null) {
            idp.close();
        }
    }

    @Test
    void eachDemoCitizenIsAssertedTheCprNumberOfTheirDemoPerson() throws Exception {
        assertThat(idToken(DemoIdentities.CHRISTIAN, "openid profile email ssn").path(DemoIdentities.CPR_CLAIM).asText())
                .isEqualTo("2701821234");
        assertThat(idToken(DemoIdentities.ANNA, "openid profile email ssn").path(DemoIdentities.CPR_CLAIM).asText())
                .isEqualTo("1505901234");
    }

    @Test
    void nyIsAssertedANumberNobodyInTheDemoDataHas() throws Exception {
        String ny = idToken(DemoIdentities.NY, "openid profile email ssn").path(DemoIdentities.CPR_CLAIM).asText();

        assertThat(ny).isEqualTo("0102034567")
                .isNotIn(DemoData.RELATION_CPR, DemoIdentities.CHRISTIAN.cpr(), DemoIdentities.ANNA.cpr());
    }

    @Test
    void staffAreAssertedNoCprNumber() throws Exception {
        JsonNode admin = idToken(DemoIdentities.ADMIN, "openid profile email ssn");

        assertThat(admin.has(DemoIdentities.CPR_CLAIM)).isFalse();
        assertThat(admin.path("roles").toString()).contains("ADMIN");
    }

    @Test
    void withoutTheScopeTheCprNumberIsNotGiven() throws Exception {
        assertThat(idToken(DemoIdentities.CHRISTIAN, "openid profile email").has(DemoIdentities.CPR_CLAIM)).isFalse();
    }

    /** Logs the identity in with a fresh cookie jar, as the portal's client, and answers the ID token's claims. */
    private static JsonNode idToken(DemoIdentity identity, String scope) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String authorize = idp.issuer() + "/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", CLIENT_ID, "scope", scope, "redirect_uri", REDIRECT_URI, "state", "s", "nonce", "n"));
        HttpResponse<String> login = follow(http, get(http, URI.create(authorize)));
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("the MitID (demo) login page").isTrue();
        HttpResponse<String> afterLogin = http.send(HttpRequest.newBuilder(login.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", identity.username(),
                        "password", DemoIdentities.PASSWORD, "_csrf", csrf.group(1))))).build(),
                HttpResponse.BodyHandlers.ofString());
        URI callback = callback(http, afterLogin);
        String code = query(callback).get("code");

        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(idp.issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", code, "redirect_uri", REDIRECT_URI)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        String idToken = new ObjectMapper().readTree(tokens.body()).path("id_token").asText();
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]));
    }

    /** Follows redirects within the provider to the page they end at. */
    private static HttpResponse<String> follow(HttpClient http, HttpResponse<String> response) throws Exception {
        HttpResponse<String> current = response;
        for (int hop = 0; hop < 10 && current.statusCode() / 100 == 3; hop++) {
            current = get(http, current.uri().resolve(current.headers().firstValue("Location").orElseThrow()));
        }
        return current;
    }

    /** Follows redirects until the provider sends the browser to the portal's callback (not running here). */
    private static URI callback(HttpClient http, HttpResponse<String> response) throws Exception {
        HttpResponse<String> current = response;
        for (int hop = 0; hop < 10 && current.statusCode() / 100 == 3; hop++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            if (next.toString().startsWith(REDIRECT_URI)) {
                return next;
            }
            current = get(http, next);
        }
        throw new AssertionError("Not sent back to the portal: " + current.statusCode() + " " + current.uri());
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
