package dk.kantinekort.app.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * The auto-configurations the core context runs, by class name, in
 * {@code META-INF/spring/dk.kantinekort.app.core.CoreAutoConfigurations.imports}: Axon, db-scheduler, the event-store
 * DataSource, MongoDB, mail and the actuator. Nothing else on the class path (Vaadin, springdoc, Spring Security) is
 * auto-configured here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AutoConfigurationPackage
@ImportAutoConfiguration
public @interface CoreAutoConfigurations {
}
