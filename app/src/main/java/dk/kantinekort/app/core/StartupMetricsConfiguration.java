package dk.kantinekort.app.core;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.metrics.startup.StartupTimeMetricsListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * application.started.time / application.ready.time of the core context only. A child's
 * ApplicationStartedEvent is published to its parent as well, so Boot's listener would register the same
 * gauge once per context (and warn about it).
 */
@Configuration(proxyBeanMethods = false)
class StartupMetricsConfiguration {

    @Bean
    StartupTimeMetricsListener startupTimeMetrics(MeterRegistry meterRegistry) {
        return new StartupTimeMetricsListener(meterRegistry) {
            @Override
            public void onApplicationEvent(ApplicationEvent event) {
                ApplicationContext context = event instanceof ApplicationStartedEvent started
                        ? started.getApplicationContext()
                        : event instanceof ApplicationReadyEvent ready ? ready.getApplicationContext() : null;
                if (context == null || context.getParent() == null) {
                    super.onApplicationEvent(event);
                }
            }
        };
    }
}
