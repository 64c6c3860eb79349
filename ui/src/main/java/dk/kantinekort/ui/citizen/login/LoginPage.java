package dk.kantinekort.ui.citizen.login;

import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.security.PortalSecurityConfiguration;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.LanguageChoice;
import dk.kantinekort.ui.shell.Routes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The login page as plain server-rendered HTML (issue 16, decision record 28): what a citizen opening the portal
 * sees first loads without Vaadin's bootstrap and bundle, so it shows at once on a phone. The same address as the
 * Vaadin {@link LoginView} it stands in front of (Spring MVC's mappings come before Vaadin's catch-all), the same
 * texts from the message bundles, the shell's stylesheet and favicon, and Spring Security's headers (CSP and the
 * rest, written by the filter chain as for every answer). "Log på med MitID" is a plain link to where Spring
 * Security starts the code flow; a failed login comes back with {@code ?error}; a logged-in citizen is sent on to
 * Mine Konti. {@link LoginView} stays for navigation inside an open portal page.
 */
@Controller
class LoginPage {

    static final String BUNDLE = "vaadin-i18n/translations";

    private final Branding branding;
    private final CurrentCitizen currentCitizen;

    LoginPage(Branding branding, CurrentCitizen currentCitizen) {
        this.branding = branding;
        this.currentCitizen = currentCitizen;
    }

    @GetMapping(value = "/" + Routes.LOGIN, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@RequestParam(value = "error", required = false) String error,
                                @RequestParam(value = "lang", required = false) String language,
                                HttpServletRequest request) {
        if (currentCitizen.subject().isPresent()) {
            return ResponseEntity.status(302).header("Location", request.getContextPath() + "/").build();
        }
        Locale locale = language == null ? LanguageChoice.of(request.getSession(false))
                : LanguageChoice.remember(request.getSession(true), language);
        String html = render(locale, error != null);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(html);
    }

    String render(Locale locale, boolean failed) {
        Texts t = new Texts(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        Locale other = LanguageChoice.other(locale);
        Texts o = new Texts(ResourceBundle.getBundle(BUNDLE, other,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        String name = esc(branding.name());
        String authorization = PortalSecurityConfiguration.AUTHORIZATION_PATH.substring(1);
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – %s</title>
                <meta name="description" content="%s">
                <link rel="icon" href="favicon.svg" type="image/svg+xml">
                <link rel="alternate icon" href="favicon.ico" sizes="32x32">
                <link rel="stylesheet" href="styles/plain.css">
                <link rel="stylesheet" href="styles/shell.css">
                </head>
                <body class="plain-page" data-plain-page>
                <div class="portal">
                <header class="portal-header">
                <a id="skip-to-content" class="portal-skip-link" href="#main-content">%s</a>
                <div class="portal-header__top"><h1 id="brand" class="portal-brand"><a href=".">%s</a></h1></div>
                <div class="portal-header__menu"><nav id="main-menu" class="portal-menu" aria-label="%s"><ul class="portal-menu__bar"><li><a id="menu-hjaelp" href="%s">%s</a></li></ul></nav></div>
                </header>
                <main id="main-content" class="portal-main" tabindex="-1">
                <div class="plain-login">
                <h2>%s</h2>
                <p>%s</p>
                %s<p><a id="login-mitid" class="plain-button" href="%s">%s</a></p>
                <p>%s</p>
                </div>
                </main>
                <footer class="portal-footer">
                <nav aria-label="%s"><ul>
                <li><a id="footer-help" href="%s">%s</a></li>
                <li><a id="footer-terms" href="%s">%s</a></li>
                <li><a id="footer-accessibility" href="%s">%s</a></li>
                </ul></nav>
                <p class="plain-language"><a id="language-choice" lang="%s" href="%s?lang=%s%s">%s</a></p>
                </footer>
                </div>
                </body>
                </html>
                """.formatted(
                locale.getLanguage(),
                t.get("login.title"), name,
                t.get("login.intro"),
                t.get("shell.skip-to-content"),
                name,
                t.get("shell.menu.label"), Routes.HELP, t.get("shell.menu.hjaelp"),
                t.get("login.title"),
                t.get("login.intro"),
                failed ? "<p id=\"login-failed\" role=\"alert\" class=\"plain-error\">" + t.get("login.failed") + "</p>\n" : "",
                authorization, t.get("login.mitid"),
                t.get("login.first-time"),
                t.get("shell.footer.label"),
                Routes.HELP, t.get("shell.footer.help"),
                Routes.TERMS, t.get("shell.footer.terms"),
                Routes.ACCESSIBILITY, t.get("shell.footer.accessibility"),
                other.getLanguage(), Routes.LOGIN, other.getLanguage(), failed ? "&amp;error" : "",
                o.get("shell.footer.language"));
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The bundle's texts, escaped for HTML. */
    private record Texts(ResourceBundle bundle) {
        String get(String key) {
            return esc(bundle.getString(key));
        }
    }
}
