package dk.kantinekort.ui;

import dk.kantinekort.api.startup.RequiredSettings;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The citizen portal as its own service (docker/): Vaadin on Tomcat, commands and queries through Axon Server,
 * configured by {@code ui.yml}. The embedded default (module app) imports the same {@link UiConfiguration}
 * into its servlet child.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(UiConfiguration.class)
public class UiApplication {

    /** The name of the service's settings file ({@code ui.yml}). */
    public static final String CONFIG_NAME = "ui";

    public static void main(String[] args) {
        // Axon's update checker calls home; a service in a closed network must not
        System.setProperty("axoniq.update-checker.disabled", "true");
        application().run(args);
    }

    /** The service, not yet started; tests run it in-process with their own arguments. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(UiApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        RequiredSettings required = RequiredSettings.of("ui")
                .axonServer("the portal sends its commands and queries through Axon Server; alone it has no ledger "
                        + "to talk to (run the embedded default, module app, instead)")
                .property("canteen.oidc.issuer-uri", "the OpenID Connect broker (MitID) citizens log in with")
                .property("canteen.oidc.client-id", "the portal's client id at the broker")
                .property("canteen.oidc.client-secret", "the portal's client secret at the broker")
                .property("canteen.portal.public-url", "the address citizens reach the portal on, e.g. "
                        + "https://kantinekort.gladsaxe.dk: the payment provider's return links (never taken from a "
                        + "request's Host header)")
                .property("canteen.psp.webhook-authorization", "the Authorization the payment provider's webhooks "
                        + "carry (POST /psp/webhooks)")
                .noDemoSecrets();
        application.addInitializers(context -> required.verify(context.getEnvironment()::getProperty));
        return application;
    }
}
