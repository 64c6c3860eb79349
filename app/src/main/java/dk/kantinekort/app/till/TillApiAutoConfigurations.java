package dk.kantinekort.app.till;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * The auto-configurations the till API context runs, by class name, in
 * {@code META-INF/spring/dk.kantinekort.app.till.TillApiAutoConfigurations.imports}: Netty, WebFlux, springdoc and
 * the actuator's web endpoints; no Spring Security (the API checks its own bearer tokens). Axon, the databases,
 * Jackson and the task executors are the core context's, whose beans the till API sees.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AutoConfigurationPackage
@ImportAutoConfiguration
public @interface TillApiAutoConfigurations {
}
