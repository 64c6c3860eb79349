package dk.kantinekort.ui.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Page-wide settings. Deliberately no {@code @NpmPackage}, add-ons or custom TypeScript: anything that
 * forces a frontend rebuild fails without the npm registry (ARCHITECTURE.md), the prebuilt bundle must do.
 */
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
