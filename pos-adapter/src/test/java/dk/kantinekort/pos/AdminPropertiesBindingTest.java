package dk.kantinekort.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The admin integrations come from the environment as compose passes them: CANTEEN_ADMIN_INTEGRATIONS_<NAME>_... */
class AdminPropertiesBindingTest {

    @Test
    void integrationsBindFromEnvironmentVariables() {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        // Boot reads environment variables with its relaxed names only from the source of this name
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "CANTEEN_ADMIN_TOKEN", "legacy",
                "CANTEEN_ADMIN_INTEGRATIONS_KASSE_TOKEN", "k",
                "CANTEEN_ADMIN_INTEGRATIONS_SKOLEIMPORT_TOKEN_SHA256", "ab12")));
        ConfigurationPropertySources.attach(environment);
        AdminProperties properties = Binder.get(environment).bind("canteen.admin", AdminProperties.class).get();
        assertThat(properties.token()).isEqualTo("legacy");
        assertThat(properties.integrations()).containsOnlyKeys("kasse", "skoleimport");
        assertThat(properties.integrations().get("kasse").token()).isEqualTo("k");
        assertThat(properties.integrations().get("skoleimport").tokenSha256()).isEqualTo("ab12");
    }
}
