package dk.kantinekort.app.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a browser test a {@link PortalBrowser} parameter: the embedded default started once per test run,
 * a fresh Chromium per test, a screenshot under target/browser-screenshots when the test fails. Without
 * Debian's chromium and chromium-driver the browser tests are skipped (.ci/run installs both).
 */
public class PortalBrowserExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace BROWSERS = ExtensionContext.Namespace.create(PortalBrowser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PortalBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Assumptions.assumeTrue(Chromium.installed(),
                "Browser tests need " + Chromium.BROWSER + " and " + Chromium.DRIVER + " (apt-get install chromium chromium-driver)");
        PortalBrowser browser = new PortalBrowser(EmbeddedPortal.shared(context));
        context.getStore(BROWSERS).put(context.getUniqueId(), browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        PortalBrowser browser = context.getStore(BROWSERS).remove(context.getUniqueId(), PortalBrowser.class);
        if (browser == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                browser.screenshot(Path.of("target", "browser-screenshots",
                        context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png"));
            }
        } finally {
            browser.close();
        }
    }
}
