package dk.kantinekort.ui;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The portal's entry point for the launcher: Vaadin views and their helpers. */
@Configuration
@ComponentScan
public class UiConfiguration {
}
