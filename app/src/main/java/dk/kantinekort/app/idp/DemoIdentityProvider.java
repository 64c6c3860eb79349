package dk.kantinekort.app.idp;

import dk.kantinekort.app.ContextRole;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The demo MitID: an OpenID Connect provider (Spring Authorization Server) with the demo identities. Runs in
 * its own JVM, started and stopped by the launcher ({@link IdentityProviderProcess}): in the portal's JVM it
 * breaks, because Vaadin installs a JVM-wide SecurityContextHolder strategy. Configured by idp.yml and the
 * launcher's arguments.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(IdpSettings.class)
@Import({IdpSecurityConfiguration.class, IdpProtocolConfiguration.class, DemoUsers.class, LoginPageController.class})
public class DemoIdentityProvider {

    /** The provider's Spring application as main runs it (tests start it in their own JVM with it, too). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(DemoIdentityProvider.class)
                .web(WebApplicationType.SERVLET)
                .properties(ContextRole.PROPERTY + "=" + ContextRole.IDP.name(), "spring.config.name=idp");
    }

    /** The property naming the launcher's process id: the provider ends itself when the launcher is gone. */
    static final String PARENT_PID = "canteen.idp.parent-pid";

    public static void main(String[] args) {
        ConfigurableApplicationContext context = application().run(args);
        String parentPid = context.getEnvironment().getProperty(PARENT_PID);
        if (parentPid != null) {
            // a launcher killed with -9 runs no shutdown hook; do not linger on its port as an orphan
            ProcessHandle.of(Long.parseLong(parentPid)).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(SpringApplication.exit(context))),
                    () -> System.exit(SpringApplication.exit(context)));
        }
    }
}
