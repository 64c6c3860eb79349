package dk.kantinekort.ui;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The portal's entry point for the launcher: Vaadin views and their helpers. */
@Configuration
@ComponentScan
@EnableVaadin("dk.kantinekort.ui") // Vaadin scans routes from the Boot application's package otherwise
public class UiConfiguration {
}
