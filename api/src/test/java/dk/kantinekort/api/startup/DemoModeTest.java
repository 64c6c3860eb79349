package dk.kantinekort.api.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoModeTest {

    private static final Map<String, String> DEMO_SETTINGS = Map.of(
            "canteen.admin.token", "demo-admin", "canteen.oidc.client-secret", "demo-portal-secret",
            "canteen.personal-data.hash-key", "ZGVtby1jcHItaGFzaC1rZXkta2FudGluZWtvcnQtMjY=");

    @Test
    void everyDemoSecretIsRefusedOutsideTheDemoByName() {
        assertThatThrownBy(() -> RequiredSettings.of("svc").noDemoSecrets().verify(DEMO_SETTINGS::get))
                .hasMessageContaining("svc cannot start")
                .hasMessageContaining("canteen.admin.token (environment CANTEEN_ADMIN_TOKEN) holds the embedded demo's value")
                .hasMessageContaining("canteen.oidc.client-secret (environment CANTEEN_OIDC_CLIENT_SECRET)")
                .hasMessageContaining("canteen.personal-data.hash-key (environment CANTEEN_PERSONAL_DATA_HASH_KEY)")
                .hasMessageContaining("canteen.demo.enabled=false outside the embedded demo");
    }

    @Test
    void theHashOfTheDemoAdminTokenIsADemoSecretToo() {
        assertThatThrownBy(() -> RequiredSettings.of("svc").noDemoSecrets().verify(Map.of("canteen.admin.token-sha256",
                "CCE7A2CF1AE045989CFC914FB95A41526F167A838B3C7D33745143614ABACE7C")::get))
                .hasMessageContaining("canteen.admin.token-sha256");
    }

    @Test
    void seedingDemoDataIsRefusedOutsideTheDemo() {
        assertThatThrownBy(() -> RequiredSettings.of("svc").noDemoSecrets()
                .verify(Map.of("canteen.demo-data.enabled", "true")::get))
                .hasMessageContaining("canteen.demo-data.enabled=true seeds the demo tills");
    }

    @Test
    void inTheEmbeddedDemoTheDemoValuesAreAllowed() {
        Map<String, String> demo = new java.util.HashMap<>(DEMO_SETTINGS);
        demo.put("canteen.demo.enabled", "true");
        demo.put("canteen.demo-data.enabled", "true");
        assertThatCode(() -> RequiredSettings.of("svc").noDemoSecrets().verify(demo::get)).doesNotThrowAnyException();
    }

    @Test
    void ownSecretsPass() {
        assertThatCode(() -> RequiredSettings.of("svc").noDemoSecrets()
                .verify(Map.of("canteen.admin.token", "s3cret-of-our-own")::get)).doesNotThrowAnyException();
    }

    @Test
    void theDemoTillTokensAreKnown() {
        assertThat(DemoMode.isDemoTillToken("demo-till-skole-1")).isTrue();
        assertThat(DemoMode.isDemoTillToken("a-real-till-token")).isFalse();
    }
}
