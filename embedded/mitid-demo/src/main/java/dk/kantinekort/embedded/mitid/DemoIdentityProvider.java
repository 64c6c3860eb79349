package dk.kantinekort.embedded.mitid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The demo MitID: an OpenID Connect provider (Spring Authorization Server) with the demo identities. Runs in
 * its own JVM, started and stopped by the launcher ({@link IdentityProviderProcess}): in the portal's JVM it
 * breaks, because Vaadin installs a JVM-wide SecurityContextHolder strategy. Configured by idp.yml and the
 * launcher's arguments. It sees the launcher's whole class path (also from the fat jar) but auto-configures only
 * what an OpenID Connect provider needs, named here: a servlet web server, Spring MVC, Jackson and Spring Security's
 * authorization server; none of the ledger, the databases, the actuator or Vaadin (whose JVM-wide security strategy
 * breaks it).
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        LifecycleAutoConfiguration.class, SslAutoConfiguration.class, JacksonAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class, EmbeddedWebServerFactoryCustomizerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
        MultipartAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
@EnableConfigurationProperties(IdpSettings.class)
@Import({IdpSecurityConfiguration.class, IdpProtocolConfiguration.class, DemoUsers.class, LoginPageController.class})
public class DemoIdentityProvider {

    /** The provider's Spring application as main runs it (tests start it in their own JVM with it, too). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(DemoIdentityProvider.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.config.name=idp");
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
