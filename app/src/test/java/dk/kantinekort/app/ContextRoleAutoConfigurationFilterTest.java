package dk.kantinekort.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ContextRoleAutoConfigurationFilterTest {

    private static final String AXON = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration";
    private static final String DATA_SOURCE = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration";
    private static final String FLYWAY = "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration";
    private static final String VAADIN = "com.vaadin.flow.spring.SpringBootAutoConfiguration";
    private static final String WEB_MVC = "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration";
    private static final String HEALTH = "org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration";
    private static final String[] CANDIDATES = {AXON, DATA_SOURCE, FLYWAY, VAADIN, WEB_MVC, HEALTH, null};
    private static final String SECURITY = "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration";
    private static final String REACTIVE_SECURITY =
            "org.springframework.boot.autoconfigure.security.reactive.ReactiveSecurityAutoConfiguration";
    private static final String AUTHORIZATION_SERVER =
            "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration";
    private static final String OAUTH2_CLIENT =
            "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration";
    private static final String MONGO = "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration";
    private static final String TASK = "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration";
    private static final String SECURITY_IMPORT =
            "org.springframework.security.config.annotation.configuration.ObjectPostProcessorConfiguration";

    @Test
    void theCoreKeepsAxonAndTheDatabasesButNotVaadin() {
        assertThat(matches("CORE")).containsExactly(true, true, true, false, true, true, true);
    }

    @Test
    void thePortalKeepsVaadinAndLeavesAxonAndTheDatabasesToTheCore() {
        assertThat(matches("PORTAL")).containsExactly(false, false, false, true, true, true, true);
    }

    @Test
    void theTillApiHasNeitherAxonNorTheDatabasesNorVaadin() {
        assertThat(matches("POS")).containsExactly(false, false, false, false, true, true, true);
    }

    @Test
    void onlyThePortalRunsSpringSecurityAndItIsAClientNotAProvider() {
        String[] security = {SECURITY, REACTIVE_SECURITY, AUTHORIZATION_SERVER, OAUTH2_CLIENT};
        assertThat(matches("PORTAL", security)).containsExactly(true, true, false, true);
        assertThat(matches("CORE", security)).containsExactly(false, false, false, false);
        assertThat(matches("POS", security)).containsExactly(false, false, false, false);
    }

    @Test
    void theDemoMitIdRunsAWebServerAndTheAuthorizationServerButNoLedgerDatabaseActuatorOrVaadin() {
        assertThat(matches("IDP")).containsExactly(false, false, false, false, true, false, true);
        assertThat(matches("IDP", SECURITY, AUTHORIZATION_SERVER, OAUTH2_CLIENT, MONGO, TASK))
                .containsExactly(true, true, false, false, false);
    }

    @Test
    void theDemoMitIdsListOfWhatToKeepLeavesClassesOutsideBootAlone() {
        // Boot asks the filter about classes that auto-configurations import, too (e.g. @EnableWebSecurity's)
        assertThat(matches("IDP", SECURITY_IMPORT, "dk.kantinekort.app.idp.IdpSecurityConfiguration"))
                .containsExactly(true, true);
    }

    @Test
    void aContextWithoutRoleIsLeftAlone() {
        assertThat(matches(null)).containsExactly(true, true, true, true, true, true, true);
    }

    private static boolean[] matches(String role) {
        return matches(role, CANDIDATES);
    }

    private static boolean[] matches(String role, String... candidates) {
        MockEnvironment environment = new MockEnvironment();
        if (role != null) {
            environment.setProperty(ContextRole.PROPERTY, role);
        }
        ContextRoleAutoConfigurationFilter filter = new ContextRoleAutoConfigurationFilter();
        filter.setEnvironment(environment);
        return filter.match(candidates, null);
    }
}
