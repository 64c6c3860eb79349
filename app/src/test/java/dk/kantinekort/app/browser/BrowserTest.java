package dk.kantinekort.app.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of browser tests: each test method takes a {@link PortalBrowser} parameter. Tagged "browser"
 * so a quick local run can leave them out ({@code -DexcludedGroups=browser}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(PortalBrowserExtension.class)
public @interface BrowserTest {
}
