package dk.kantinekort.pos.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kantinekort.pos.AdminProperties;
import dk.kantinekort.pos.AdminProperties.Integration;
import dk.kantinekort.pos.web.Fingerprint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminCredentialsTest {

    @Test
    void eachTokenNamesItsIntegrationAndTheSingleTokenIsDefault() {
        AdminCredentials credentials = new AdminCredentials(new AdminProperties("legacy", null, Map.of(
                "kasse", new Integration("k-token", null),
                "skoleimport", new Integration(null, Fingerprint.sha256Hex("s-token")))));
        assertThat(credentials.integrationOf("legacy")).contains("default");
        assertThat(credentials.integrationOf("k-token")).contains("kasse");
        assertThat(credentials.integrationOf("s-token")).contains("skoleimport");
        assertThat(credentials.integrationOf("other")).isEmpty();
        assertThat(credentials.integrationOf(null)).isEmpty();
    }

    @Test
    void withoutAnyCredentialNobodyIsAnIntegration() {
        assertThat(new AdminCredentials(new AdminProperties(null, null, null)).integrationOf("")).isEmpty();
    }

    @Test
    void twoIntegrationsWithTheSameTokenStopTheStart() {
        assertThatThrownBy(() -> new AdminCredentials(new AdminProperties("same", null,
                Map.of("kasse", new Integration("same", null)))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("same token");
    }

    @Test
    void anIntegrationWithoutTokenOrWithABadNameStopsTheStart() {
        assertThatThrownBy(() -> new AdminCredentials(new AdminProperties(null, null,
                Map.of("kasse", new Integration(null, " ")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("token or token-sha256 is required");
        assertThatThrownBy(() -> new AdminCredentials(new AdminProperties(null, null,
                Map.of("Kasse 1", new Integration("t", null)))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> new AdminCredentials(new AdminProperties("a", null,
                Map.of("default", new Integration("b", null)))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    }
}
