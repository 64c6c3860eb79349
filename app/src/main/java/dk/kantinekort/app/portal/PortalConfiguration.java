package dk.kantinekort.app.portal;

import dk.kantinekort.ui.UiConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The servlet child (Tomcat + Vaadin) on {@code canteen.portal.port}; configured by portal.yml. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(UiConfiguration.class)
public class PortalConfiguration {
}
