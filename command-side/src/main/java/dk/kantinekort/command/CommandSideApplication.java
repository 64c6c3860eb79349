package dk.kantinekort.command;

import dk.kantinekort.api.startup.RequiredSettings;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The command side as its own service (docker/): aggregates, command handlers and look-ups behind Axon Server,
 * configured by {@code command-side.yml}. The embedded default (module app) imports the same
 * {@link CommandSideConfiguration}; only the settings differ. Without Axon Server
 * ({@code axon.axonserver.enabled=false}) it keeps its events in the datasource's tables (JDBC event store).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(CommandSideConfiguration.class)
public class CommandSideApplication {

    /** The name of the service's settings file ({@code command-side.yml}). */
    public static final String CONFIG_NAME = "command-side";

    public static void main(String[] args) {
        // Axon's update checker calls home; a service in a closed network must not
        System.setProperty("axoniq.update-checker.disabled", "true");
        application().run(args);
    }

    /** The service, not yet started; tests run it in-process with their own arguments. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(CommandSideApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        RequiredSettings required = RequiredSettings.of("command-side")
                .property("spring.datasource.url", "the look-up tables (card numbers, tills, citizens) and, without "
                        + "Axon Server, the event store live in this database, e.g. jdbc:h2:file:/var/lib/kantinekort/command-side")
                .property("canteen.personal-data.master-key", "AES-256 key (Base64, 32 bytes) that wraps the "
                        + "citizens' data keys")
                .property("canteen.personal-data.hash-key", "HMAC key (Base64, 32 bytes) of CPR look-ups")
                .property("canteen.portal.public-url", "the address citizens reach the portal on, e.g. "
                        + "https://kantinekort.gladsaxe.dk: the payment provider's return links and webhook address")
                .property("canteen.psp.secret-key", "the merchant's secret key at the payment provider (Nets Easy)")
                .property("canteen.psp.webhook-authorization", "the Authorization the payment provider's webhooks "
                        + "carry, registered with each payment")
                .property("canteen.temporary-card.secret", "the HMAC key that signs temporary cards' codes "
                        + "(a long random text); a till's code is checked with it")
                .noDemoSecrets();
        application.addInitializers(context -> required.verify(context.getEnvironment()::getProperty));
        return application;
    }
}
