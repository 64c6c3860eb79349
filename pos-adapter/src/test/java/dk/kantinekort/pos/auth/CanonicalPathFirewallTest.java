package dk.kantinekort.pos.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathFirewallTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/purchases", "/api/v1/cards/04579A22352680/balance", "/v3/api-docs",
            "/v3/api-docs.yaml", "/actuator/health/liveness", "/api/v1/admin/accounts/acc-1/deposits"})
    void canonicalPathsPass(String path) {
        assertThat(CanonicalPathFirewall.flawOf(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/admin;x/payouts", "/api/v1/admin;x=1/payouts", "/api/v1/admin/payouts;",
            "/api/v1/%61dmin/payouts", "/api/v1/admin%2Fpayouts", "/api/v1/admin%2fpayouts", "/api/v1/%2e/admin",
            "/api/v1//admin/payouts", "//api/v1/admin/payouts", "/api/v1/./admin/payouts", "/api/v1/x/../admin/payouts",
            "/api/v1/admin/payouts/.", "/api/v1/admin/..", "/api/v1/admin/payouts/", "/api/v1\\admin/payouts",
            "/api/v1/admin/pay outs", "/api/v1/admin/pay\touts", "/api/v1/admin/æ", "api/v1/admin", "", "/api/v1/admin/\u0000"})
    void nonCanonicalPathsAreRefused(String path) {
        assertThat(CanonicalPathFirewall.flawOf(path)).isPresent();
    }
}
