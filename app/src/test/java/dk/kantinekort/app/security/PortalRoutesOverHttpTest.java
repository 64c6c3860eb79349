package dk.kantinekort.app.security;

import dk.kantinekort.app.AppWithoutLogin;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.ui.shell.Routes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15, the anonymous row of the portal's authorization matrix over real HTTP, on the whole embedded default: a
 * first request to every route of {@code ui.shell.Routes} (read by reflection; a route without a row here fails),
 * with other people's ids in the address. The public pages answer 200; every other page sends the visitor to the
 * login page before anything is shown. The other visitors' cells are {@code ui.security.PortalAuthorizationMatrixTest}
 * and the {@code *ForeignIdsMatrixTest}s of the ui module.
 */
class PortalRoutesOverHttpTest {

    enum Answer { SHOWN, LOGIN_REDIRECT }

    private static final Answer S = Answer.SHOWN;
    private static final Answer L = Answer.LOGIN_REDIRECT;
    /** Someone's ids, put in every address. */
    private static final String QUERY = "?konto=account-of-someone-else&ordre=order-of-someone-else"
            + "&tilmelding=enrolment-of-someone-else&indbetaling=deposit-of-someone-else&paymentId=pay-1";

    private static final Map<String, Answer> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("LOGIN", S);
        EXPECTED.put("HELP", S);
        EXPECTED.put("TERMS", S);
        EXPECTED.put("ACCESSIBILITY", S);
        EXPECTED.put("VERIFY_STATEMENT", S); // Bekræft kontoudskrift is public: anyone holding a statement may check it
        for (String page : List.of("MY_ACCOUNTS", "CPR", "ADD_ACCOUNT", "APPROVE_LINKS", "PAYMENTS", "PAYMENT_RECEIPT",
                "AUTO_TOP_UP_RETURN", "SUBSCRIPTIONS", "ENROLMENT_RETURN", "WEBSHOP", "WEBSHOP_ORDERS", "WEBSHOP_ORDER",
                "WEBSHOP_PAYMENT_RETURN", "PROFILE", "STATEMENT", "BACKOFFICE", "BACKOFFICE_PAYOUTS",
                "BACKOFFICE_CARD_ORDERS", "BACKOFFICE_RECONCILIATION", "BACKOFFICE_SUPPORT", "BACKOFFICE_PLACES",
                "BACKOFFICE_CATALOGUE", "BACKOFFICE_SETTINGS", "BACKOFFICE_DEAD_LETTERS", "BACKOFFICE_AUDIT",
                "BACKOFFICE_LOOKUPS", "SPENDING_RULES", "NOTICES", "BACKOFFICE_DISPUTES", "BACKOFFICE_BOOKKEEPING",
                "BACKOFFICE_SETTLEMENT", "BACKOFFICE_SCHOOL_YEAR")) {
            EXPECTED.put(page, L);
        }
    }

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anAnonymousVisitorGetsThePublicPagesAndIsSentToLoginFromEveryOther() throws Exception {
        Map<String, String> routes = routeConstants();
        assertThat(routes.keySet()).as("routes in ui.shell.Routes; add a row to EXPECTED for a new one")
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> route : routes.entrySet()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + running.app().portalPort() + "/" + route.getValue() + QUERY))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElse("");
            Answer actual = answer.statusCode() == 200 ? Answer.SHOWN
                    : answer.statusCode() == 302 && location.endsWith("/login") ? Answer.LOGIN_REDIRECT : null;
            if (actual != EXPECTED.get(route.getKey())) {
                wrong.add(route.getKey() + " (/" + route.getValue() + "): expected " + EXPECTED.get(route.getKey())
                        + ", was " + answer.statusCode() + " " + location);
            }
            assertThat(answer.body()).as("/" + route.getValue()).doesNotContain("someone-else");
        }
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
    }

    private static Map<String, String> routeConstants() throws IllegalAccessException {
        Map<String, String> routes = new LinkedHashMap<>();
        for (Field field : Routes.class.getDeclaredFields()) {
            int m = field.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && field.getType() == String.class) {
                routes.put(field.getName(), (String) field.get(null));
            }
        }
        return routes;
    }
}
