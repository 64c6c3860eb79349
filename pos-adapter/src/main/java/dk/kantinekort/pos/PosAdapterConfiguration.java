package dk.kantinekort.pos;

import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.pos.ratelimit.RateLimitProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;

/**
 * Entry point of the till API and the admin integration API (Spring WebFlux). Import it into a reactive
 * context that can see a {@code CommandGateway} and a {@code QueryGateway} (e.g. from a parent context).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "dk.kantinekort.pos",
        excludeFilters = {@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                // the service's main class is not part of the library the embedded default imports
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PosAdapterApplication.class)})
@EnableConfigurationProperties({PosProperties.class, AdminProperties.class, AuditProperties.class,
        RateLimitProperties.class})
public class PosAdapterConfiguration {

    /** Which parts of the scheme this municipality has switched on ({@code canteen.municipality.<part>-enabled}). */
    @Bean
    @ConditionalOnMissingBean
    SchemeParts schemeParts(Environment environment) {
        return SchemeParts.from(environment::getProperty);
    }
}
