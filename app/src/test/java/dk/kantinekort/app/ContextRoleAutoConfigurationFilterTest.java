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
    void aContextWithoutRoleIsLeftAlone() {
        assertThat(matches(null)).containsExactly(true, true, true, true, true, true, true);
    }

    private static boolean[] matches(String role) {
        MockEnvironment environment = new MockEnvironment();
        if (role != null) {
            environment.setProperty(ContextRole.PROPERTY, role);
        }
        ContextRoleAutoConfigurationFilter filter = new ContextRoleAutoConfigurationFilter();
        filter.setEnvironment(environment);
        return filter.match(CANDIDATES, null);
    }
}
