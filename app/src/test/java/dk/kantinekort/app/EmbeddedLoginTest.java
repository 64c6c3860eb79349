package dk.kantinekort.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.app.core.DataDirectoryInitializer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The portal starts while the demo MitID still boots (issue 16, decision record 28). */
class EmbeddedLoginTest {

    @TempDir
    Path data;

    @Test
    void thePortalsHealthIsDownUntilTheDemoMitIdAnswersSoUpStillMeansACitizenCanLogIn() {
        GenericApplicationContext core = new GenericApplicationContext();
        core.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                EmbeddedLogin.EMBEDDED, "true", "canteen.portal.port", "0", "canteen.idp.port", "0",
                DataDirectoryInitializer.PROPERTY, data.toString(),
                "canteen.oidc.client-id", "kantinekort-portal", "canteen.oidc.client-secret", "test-secret")));
        EmbeddedLogin login = new EmbeddedLogin();
        try {
            login.onApplicationEvent(new ApplicationContextInitializedEvent(new SpringApplication(), new String[0], core));
            assertThat(login.portalProperties()).as("the portal is told where the provider will be, without waiting")
                    .containsEntry("canteen.oidc.issuer-uri", login.identityProvider().issuer());
            GenericApplicationContext portal = new GenericApplicationContext();
            login.portalHealth().initialize(portal);
            HealthIndicator health = (HealthIndicator) portal.getBeanFactory().getSingleton("demoMitIdHealthIndicator");

            assertThat(health.health().getStatus()).as("while the provider boots").isEqualTo(Status.DOWN);
            login.awaitReady();
            assertThat(health.health().getStatus()).as("once it answers").isEqualTo(Status.UP);
        } finally {
            login.stop();
        }
    }
}
