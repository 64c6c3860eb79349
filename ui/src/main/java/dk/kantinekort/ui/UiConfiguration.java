package dk.kantinekort.ui;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import dk.kantinekort.ui.ratelimit.PortalRateLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** The portal's entry point for the launcher: Vaadin views and their helpers. */
@Configuration
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
        classes = UiApplication.class)) // the service's main class is not part of the library
@EnableVaadin("dk.kantinekort.ui") // Vaadin scans routes from the Boot application's package otherwise
@EnableConfigurationProperties(PortalRateLimits.class)
public class UiConfiguration {
}
