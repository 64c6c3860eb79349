package dk.kantinekort.pos.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.till.AuthenticateTill;
import dk.kantinekort.fakeledger.FakeLedger;
import dk.kantinekort.pos.support.ApiTest;
import dk.kantinekort.pos.support.RawHttp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 14: a till credential must never reach the admin or audit API, however the path is spelled. Every admin and
 * audit route, as the router itself lists them (a new route is covered without touching this test), is attacked with
 * every spelling the router might read differently from a check (matrix parameters, percent-encoded letters and
 * slashes, double slashes, dot segments, a trailing slash, a backslash, upper case) and every credential (none, till,
 * admin, auditor), over a plain socket so the bytes arrive as sent. None may reach a handler: the ledger sees no
 * command and no query but a till look-up.
 */
class RouteAuthorizationAttackTest extends ApiTest {

    private static final Pattern AREA = Pattern.compile("^/api/v1/(admin|audit)(/.*)$");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Map<String, String> SAMPLE_VALUES = Map.of("accountId", "acc-christian",
            "cardNumber", "1562265116");
    private static final String DEPOSIT = "{\"amount\":500000,\"reference\":\"x\"}";

    /** A spelling of a canonical path {@code /api/v1/<area><rest>}. */
    record Variant(String name, boolean nonCanonical, UnaryOperator<String> spell) {
    }

    /** Who asks. */
    enum Credential {
        NONE(null), TILL(FakeLedger.SCHOOL_TILL_TOKEN), ADMIN(ADMIN_TOKEN), AUDITOR(AUDITOR_TOKEN);

        final String token;

        Credential(String token) {
            this.token = token;
        }
    }

    record Route(String method, String pattern, Role role) {

        String path() {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, SAMPLE_VALUES.getOrDefault(m.group(1), "x-1"));
            }
            return m.appendTail(out).toString();
        }
    }

    static final List<Variant> VARIANTS = List.of(
            variant("matrix parameter ;x on the area", (a, r) -> "/api/v1/" + a + ";x" + r),
            variant("matrix parameter ;x=1 on the area", (a, r) -> "/api/v1/" + a + ";x=1" + r),
            variant("matrix parameter on /api", (a, r) -> "/api;x/v1/" + a + r),
            variant("matrix parameter on the last segment", (a, r) -> "/api/v1/" + a + r + ";x"),
            variant("percent-encoded first letter of the area", (a, r) -> "/api/v1/%" + hex(a.charAt(0)) + a.substring(1) + r),
            variant("upper-case percent-encoding of the area's letters",
                    (a, r) -> "/api/v1/%" + hex(a.charAt(0)).toUpperCase() + "%" + hex(a.charAt(1)).toUpperCase() + a.substring(2) + r),
            variant("percent-encoded letter of /api", (a, r) -> "/%61pi/v1/" + a + r),
            variant("percent-encoded slash", (a, r) -> "/api/v1/" + a + "%2F" + r.substring(1)),
            variant("lower-case percent-encoded slash", (a, r) -> "/api/v1%2f" + a + r),
            variant("percent-encoded dot segment", (a, r) -> "/api/v1/%2e/" + a + r),
            variant("double slash before the area", (a, r) -> "/api/v1//" + a + r),
            variant("leading double slash", (a, r) -> "//api/v1/" + a + r),
            variant("dot segment", (a, r) -> "/api/v1/./" + a + r),
            variant("dot-dot segment", (a, r) -> "/api/v1/x/../" + a + r),
            variant("dot-dot segment from the till API", (a, r) -> "/api/v1/purchases/../" + a + r),
            variant("trailing slash", (a, r) -> "/api/v1/" + a + r + "/"),
            variant("backslash", (a, r) -> "/api/v1\\" + a + r),
            new Variant("upper-case area", false, p -> {
                Matcher m = AREA.matcher(p);
                return m.matches() ? "/api/v1/" + m.group(1).toUpperCase() + m.group(2) : p;
            }),
            new Variant("upper-case /API", false, p -> "/API" + p.substring(4)));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @LocalServerPort
    int port;

    // --- the attacks of the issue, by name ---

    @Test
    void theTillTokenCannotDepositThroughAMatrixParameterOnTheAdminSegment() {
        RawHttp.Response response = send("POST", "/api/v1/admin;x/accounts/acc-christian/deposits", Credential.TILL, DEPOSIT);
        assertNonCanonical(response);
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(6500);
        assertNothingReachedTheLedger();
    }

    @Test
    void theTillTokenCannotListPayoutsThroughAMatrixParameterWithAValue() {
        assertNonCanonical(send("GET", "/api/v1/admin;x=1/payouts", Credential.TILL, null));
        assertNothingReachedTheLedger();
    }

    @Test
    void theTillTokenCannotListPayoutsThroughAPercentEncodedLetter() {
        assertNonCanonical(send("GET", "/api/v1/%61dmin/payouts", Credential.TILL, null));
        assertNothingReachedTheLedger();
    }

    @Test
    void theTillTokenCannotExportTheWholeHistoryThroughAPercentEncodedLetter() {
        assertNonCanonical(send("GET", "/api/v1/%61udit/export", Credential.TILL, null));
        assertNothingReachedTheLedger();
    }

    @Test
    void anUnknownApiPathIs401WithoutAndNotFoundWithATillTokenAndReachesNothing() {
        assertProblem(send("GET", "/api/v1/admin-tools/payouts", Credential.NONE, null), 401, "UNAUTHORIZED");
        assertProblem(send("GET", "/api/v1/admin-tools/payouts", Credential.TILL, null), 404, "NOT_FOUND");
        assertProblem(send("POST", "/api/v2/admin/accounts/acc-christian/deposits", Credential.TILL, DEPOSIT), 404, "NOT_FOUND");
        assertProblem(send("GET", "/api", Credential.TILL, null), 404, "NOT_FOUND");
        assertNothingReachedTheLedger();
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(6500);
    }

    @Test
    void aWrongMethodHeadOrOptionsOnAStaffRouteIsNoDoorEither() {
        assertProblem(send("DELETE", "/api/v1/admin/payouts", Credential.NONE, null), 401, "UNAUTHORIZED");
        RawHttp.Response asTill = send("DELETE", "/api/v1/admin/payouts", Credential.TILL, null);
        assertThat(asTill.status()).isEqualTo(405);
        assertThat(send("HEAD", "/api/v1/audit/export", Credential.TILL, null).status()).isEqualTo(401);
        assertThat(send("HEAD", "/api/v1/admin/payouts", Credential.AUDITOR, null).status()).isEqualTo(403);
        assertThat(send("OPTIONS", "/api/v1/admin/payouts", Credential.TILL, null).status()).isEqualTo(404);
        assertNothingReachedTheLedger();
    }

    @Test
    void twoAuthorizationHeadersAreNoCredential() {
        // the second header line rides in on the first one's value: the bytes carry two Authorization headers
        assertProblem(RawHttp.send(port, "GET", "/api/v1/admin/payouts",
                headersOf("Authorization", "Bearer " + ADMIN_TOKEN + "\r\nAuthorization: Bearer " + ADMIN_TOKEN), null),
                401, "UNAUTHORIZED");
        assertProblem(RawHttp.send(port, "GET", "/api/v1/cards/1562265116/balance", headersOf("Authorization",
                "Bearer " + AUDITOR_TOKEN + "\r\nAuthorization: Bearer " + FakeLedger.SCHOOL_TILL_TOKEN), null),
                401, "UNAUTHORIZED");
        assertNothingReachedTheLedger();
    }

    @Test
    void theHealthEndpointStaysOpenTheOpenApiDescriptionOpensToTheManagementTokenBothOnlyWhenCanonical() {
        assertThat(send("GET", "/v3/api-docs", Credential.NONE, null).status()).isEqualTo(401);
        assertThat(RawHttp.send(port, "GET", "/v3/api-docs", headersOf("Authorization", "Bearer " + MANAGEMENT_TOKEN),
                null).status()).isEqualTo(200);
        assertThat(send("GET", "/actuator/health", Credential.NONE, null).status()).isEqualTo(200);
        assertNonCanonical(send("GET", "/v3/api-docs;x", Credential.NONE, null));
        assertNonCanonical(send("GET", "/actuator/%68ealth", Credential.NONE, null));
        assertNonCanonical(send("GET", "/actuator/../api/v1/admin/payouts", Credential.TILL, null));
    }

    @Test
    void everyApiRouteDeclaresTheRoleItsPathPromises() {
        List<Route> api = apiRoutes();
        assertThat(api).filteredOn(r -> r.role() == Role.ADMIN).hasSizeGreaterThanOrEqualTo(16);
        assertThat(api).filteredOn(r -> r.role() == Role.AUDITOR).hasSizeGreaterThanOrEqualTo(8);
        assertThat(api).filteredOn(r -> r.role() == Role.TILL).hasSizeGreaterThanOrEqualTo(3);
        for (Route route : api) {
            Matcher area = AREA.matcher(route.pattern());
            Role promised = !area.matches() ? Role.TILL : area.group(1).equals("admin") ? Role.ADMIN : Role.AUDITOR;
            assertThat(route.role()).as(route.method() + " " + route.pattern()).isEqualTo(promised);
        }
    }

    // --- every admin and audit route, canonical, with each credential ---

    @TestFactory
    Stream<DynamicTest> onItsCanonicalPathEachStaffRouteOpensOnlyToItsOwnRole() {
        return staffRoutes().stream().map(route -> DynamicTest.dynamicTest(route.method() + " " + route.pattern(), () -> {
            for (Credential credential : Credential.values()) {
                ledger.reset();
                RawHttp.Response response = send(route.method(), route.path(), credential, bodyOf(route));
                String what = credential + " " + route.method() + " " + route.path() + " -> " + response.head();
                if (credential == Credential.NONE || credential == Credential.TILL) {
                    assertProblem(response, 401, "UNAUTHORIZED");
                    assertNothingReachedTheLedger();
                } else if (!credential.name().equals(route.role().name())) {
                    assertProblem(response, 403, "FORBIDDEN");
                    assertNothingReachedTheLedger();
                } else {
                    assertThat(response.status()).as(what).isNotIn(401, 403);
                }
            }
        }));
    }

    // --- every admin and audit route, every spelling, every credential ---

    @TestFactory
    Stream<DynamicTest> noSpellingOfAStaffRouteReachesItsHandler() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : staffRoutes()) {
            Matcher m = AREA.matcher(route.path());
            assertThat(m.matches()).isTrue();
            for (Variant variant : VARIANTS) {
                String target = variant.spell().apply(route.path());
                tests.add(DynamicTest.dynamicTest(route.method() + " " + target + " (" + variant.name() + ")", () -> {
                    assertThat(target).isNotEqualTo(route.path());
                    for (Credential credential : Credential.values()) {
                        ledger.reset();
                        RawHttp.Response response = send(route.method(), target, credential, bodyOf(route));
                        String what = credential + " " + route.method() + " " + target + " -> " + response.head();
                        if (variant.nonCanonical()) {
                            assertThat(response.status()).as(what).isEqualTo(400);
                            if (response.isProblem()) { // a backslash may already be refused by the HTTP server
                                assertThat(response.body()).as(what).contains("\"reason\":\"INVALID_REQUEST\"")
                                        .contains("not canonical");
                            }
                        } else {
                            assertThat(response.status()).as(what).isEqualTo(credential == Credential.NONE ? 401 : 404);
                        }
                        assertNothingReachedTheLedger();
                        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(6500);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private List<Route> apiRoutes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            ApiRole role = ApiRoutes.roleOf(entry.getValue());
            for (String pattern : entry.getKey().getPatternsCondition().getPatterns().stream().map(Object::toString).toList()) {
                if (!ApiRoutes.underApi(pattern)) {
                    continue;
                }
                assertThat(role).as("@ApiRole on the handler of " + pattern).isNotNull();
                for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                    routes.add(new Route(method.name(), pattern, role.value()));
                }
            }
        }
        return routes;
    }

    private List<Route> staffRoutes() {
        return apiRoutes().stream().filter(r -> r.role() != Role.TILL).toList();
    }

    private static String bodyOf(Route route) {
        return route.method().equals("POST") || route.method().equals("PUT") ? DEPOSIT : null;
    }

    private RawHttp.Response send(String method, String target, Credential credential, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (credential.token != null) {
            headers.put("Authorization", "Bearer " + credential.token);
        }
        headers.put("Accept", "*/*");
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return RawHttp.send(port, method, target, headers, body);
    }

    private static Map<String, String> headersOf(String... pairs) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    private void assertNothingReachedTheLedger() {
        assertThat(ledger.dispatched).as("what reached the ledger").allMatch(m -> m instanceof AuthenticateTill);
        assertThat(ledger.commandMetadata).isEmpty();
    }

    private static void assertNonCanonical(RawHttp.Response response) {
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body()).contains("not canonical");
    }

    private static void assertProblem(RawHttp.Response response, int status, String reason) {
        assertThat(response.status()).as(response.head()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.head()).isTrue();
        assertThat(response.body()).contains("\"reason\":\"" + reason + "\"");
    }

    private static String hex(char c) {
        return Integer.toHexString(c);
    }

    private static Variant variant(String name, java.util.function.BinaryOperator<String> spell) {
        return new Variant(name, true, path -> {
            Matcher m = AREA.matcher(path);
            if (!m.matches()) {
                throw new IllegalArgumentException(path);
            }
            return spell.apply(m.group(1), m.group(2));
        });
    }
}
