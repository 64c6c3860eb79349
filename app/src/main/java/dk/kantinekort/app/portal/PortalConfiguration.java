package dk.kantinekort.app.portal;

import dk.kantinekort.ui.UiConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** The servlet child (Tomcat + Vaadin) on {@code canteen.portal.port}; configured by portal.yml. */
@SpringBootConfiguration
@PortalAutoConfigurations
@Import(UiConfiguration.class)
public class PortalConfiguration {

    /** Only beside the demo MitID; before Spring Security, so no session starts on the wrong host. */
    @Bean
    @ConditionalOnProperty(name = "canteen.idp.embedded", havingValue = "true")
    FilterRegistrationBean<LoopbackHostRedirect> loopbackHostRedirect() {
        FilterRegistrationBean<LoopbackHostRedirect> registration = new FilterRegistrationBean<>(new LoopbackHostRedirect());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
