package dk.kantinekort.app.topology;

import dk.kantinekort.command.citizen.PersonalDataVault;
import dk.kantinekort.query.QuerySideApplication;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Processes B and C of {@link MultiProcessTopologyTest}: the standalone query side ({@link QuerySideApplication}, its
 * settings file and fail-fast checks) on the shared JDBC event store and MongoDB.
 *
 * <p>One stand-in: without Axon Server queries are not routed between processes, and the account summaries ask the
 * command side to reveal sealed names ({@code RevealPersonalData}). So this process also runs the command side's
 * {@link PersonalDataVault} on the shared database (its keys table), which in production answers from the command
 * side through Axon Server.
 */
public final class QuerySideProcess {

    /**
     * The auto-configurations app's class path brings along that the query side's own jar does not have: Vaadin,
     * springdoc and Spring Security (which would lock the actuator). Given as {@code spring.autoconfigure.exclude}.
     */
    static final List<String> NOT_IN_ITS_OWN_JAR = List.of(
            "com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
            "com.vaadin.flow.spring.VaadinScopesConfig",
            "org.springdoc.core.configuration.SpringDocConfiguration",
            "org.springdoc.core.configuration.SpringDocDataRestConfiguration",
            "org.springdoc.core.configuration.SpringDocFunctionCatalogConfiguration",
            "org.springdoc.core.configuration.SpringDocGroovyConfiguration",
            "org.springdoc.core.configuration.SpringDocHateoasConfiguration",
            "org.springdoc.core.configuration.SpringDocJacksonKotlinModuleConfiguration",
            "org.springdoc.core.configuration.SpringDocJavadocConfiguration",
            "org.springdoc.core.configuration.SpringDocKotlinConfiguration",
            "org.springdoc.core.configuration.SpringDocKotlinxConfiguration",
            "org.springdoc.core.configuration.SpringDocPageableConfiguration",
            "org.springdoc.core.configuration.SpringDocSecurityConfiguration",
            "org.springdoc.core.configuration.SpringDocSortConfiguration",
            "org.springdoc.core.configuration.SpringDocSpecPropertiesConfiguration",
            "org.springdoc.core.properties.SpringDocConfigProperties",
            "org.springdoc.webflux.core.configuration.MultipleOpenApiSupportConfiguration",
            "org.springdoc.webflux.core.configuration.SpringDocWebFluxConfiguration",
            "org.springframework.boot.actuate.autoconfigure.security.reactive.ReactiveManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.oauth2.client.reactive.ReactiveOAuth2ClientAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.oauth2.client.reactive.ReactiveOAuth2ClientWebSecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.oauth2.resource.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.reactive.ReactiveSecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.reactive.ReactiveUserDetailsServiceAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.rsocket.RSocketSecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.saml2.Saml2RelyingPartyAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration");

    private QuerySideProcess() {
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication application = QuerySideApplication.application();
        application.addPrimarySources(List.of(KeyVaultStandIn.class));
        // as from its own jar, where WebFlux is the only web stack (here Vaadin brings Spring MVC along)
        application.setWebApplicationType(WebApplicationType.REACTIVE);
        ConfigurableApplicationContext service = application.run(args);
        ReadyFile.announce(service.getEnvironment().getProperty("local.server.port"));
    }

    @Configuration(proxyBeanMethods = false)
    @Import(PersonalDataVault.class)
    static class KeyVaultStandIn {
    }
}
