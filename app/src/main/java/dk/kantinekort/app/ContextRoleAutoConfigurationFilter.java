package dk.kantinekort.app;

import java.util.Optional;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps each context of the launcher to its own auto-configurations (see {@link ContextRole}); a context
 * without a role (a module's own test, say) is left alone. Registered in META-INF/spring.factories.
 */
public class ContextRoleAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    private Optional<ContextRole> role = Optional.empty();

    @Override
    public void setEnvironment(Environment environment) {
        this.role = ContextRole.of(environment);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String candidate = autoConfigurationClasses[i];
            matches[i] = candidate == null || role.map(r -> !r.excludes(candidate)).orElse(true);
        }
        return matches;
    }
}
