package dk.kantinekort.ui;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.ratelimit.PortalRateLimits;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;

/** The portal's entry point for the launcher: Vaadin views and their helpers. */
@Configuration
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
        classes = UiApplication.class)) // the service's main class is not part of the library
@EnableVaadin("dk.kantinekort.ui") // Vaadin scans routes from the Boot application's package otherwise
@EnableConfigurationProperties(PortalRateLimits.class)
public class UiConfiguration {

    /** Which parts of the scheme this municipality has switched on ({@code canteen.municipality.<part>-enabled}). */
    @Bean
    @ConditionalOnMissingBean
    SchemeParts schemeParts(Environment environment) {
        return SchemeParts.from(environment::getProperty);
    }
}
