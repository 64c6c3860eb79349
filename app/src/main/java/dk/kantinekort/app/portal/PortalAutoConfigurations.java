package dk.kantinekort.app.portal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * The auto-configurations the portal context runs, by class name, in
 * {@code META-INF/spring/dk.kantinekort.app.portal.PortalAutoConfigurations.imports}: Tomcat, Spring MVC, Vaadin,
 * Spring Security as an OpenID Connect client and the actuator's web endpoints. Axon, the databases, Jackson and the
 * task executors are the core context's, whose beans the portal sees.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AutoConfigurationPackage
@ImportAutoConfiguration
public @interface PortalAutoConfigurations {
}
