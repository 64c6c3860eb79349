package dk.kantinekort.pos;

import dk.kantinekort.api.startup.RequiredSettings;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The till and admin API as its own service (docker/): WebFlux on Netty, commands and queries through Axon
 * Server, configured by {@code pos-adapter.yml}. The embedded default (module app) imports the same
 * {@link PosAdapterConfiguration} into its reactive child.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PosAdapterConfiguration.class)
public class PosAdapterApplication {

    /** The name of the service's settings file ({@code pos-adapter.yml}). */
    public static final String CONFIG_NAME = "pos-adapter";

    public static void main(String[] args) {
        // Axon's update checker calls home; a service in a closed network must not
        System.setProperty("axoniq.update-checker.disabled", "true");
        application().run(args);
    }

    /** The service, not yet started; tests run it in-process with their own arguments. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(PosAdapterApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        RequiredSettings required = RequiredSettings.of("pos-adapter")
                .axonServer("the till API sends its commands and queries through Axon Server; alone it has no "
                        + "ledger to talk to (run the embedded default, module app, instead)")
                .property("canteen.admin.token", "bearer token of the admin and integration API")
                .noDemoSecrets();
        application.addInitializers(context -> required.verify(context.getEnvironment()::getProperty));
        return application;
    }
}
