package dk.kantinekort.ui.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import java.util.Map;

/**
 * Page-wide settings. Deliberately no {@code @NpmPackage}, add-ons or custom TypeScript: anything that
 * forces a frontend rebuild fails without the npm registry (ARCHITECTURE.md), the prebuilt bundle must do.
 */
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // a favicon of our own (issue 16): without it every page load ended in a 404 for /favicon.ico
        settings.addLink("/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addLink("/favicon.ico", Map.of("rel", "alternate icon", "sizes", "32x32"));
    }
}
