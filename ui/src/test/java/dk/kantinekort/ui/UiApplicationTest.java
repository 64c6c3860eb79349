package dk.kantinekort.ui;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The portal as its own service stops at once, naming the settings, where it cannot run. */
class UiApplicationTest {

    @Test
    void withoutAxonServerAndABrokerItStopsAtOnceNamingEachSetting() {
        assertThatThrownBy(() -> UiApplication.application().run("--server.port=0", "--axon.axonserver.enabled=false"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ui cannot start, missing settings")
                .hasMessageContaining("axon.axonserver.enabled=true")
                .hasMessageContaining("canteen.oidc.issuer-uri (environment CANTEEN_OIDC_ISSUER_URI)")
                .hasMessageContaining("canteen.oidc.client-id (environment CANTEEN_OIDC_CLIENT_ID)")
                .hasMessageContaining("canteen.oidc.client-secret (environment CANTEEN_OIDC_CLIENT_SECRET)")
                .hasMessageContaining("canteen.portal.public-url (environment CANTEEN_PORTAL_PUBLIC_URL)");
    }

    @Test
    void withABrokerButWithoutAxonServerItNamesOnlyAxonServer() {
        assertThatThrownBy(() -> UiApplication.application().run("--server.port=0", "--axon.axonserver.enabled=false",
                "--canteen.oidc.issuer-uri=https://broker.example/", "--canteen.oidc.client-id=portal",
                "--canteen.oidc.client-secret=secret", "--canteen.portal.public-url=https://portal.example"))
                .hasMessageContaining("axon.axonserver.enabled=true")
                .hasMessageNotContaining("canteen.oidc");
    }
}
