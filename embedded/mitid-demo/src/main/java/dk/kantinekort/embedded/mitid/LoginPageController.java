package dk.kantinekort.embedded.mitid;

import dk.kantinekort.embedded.mitid.DemoIdentities.DemoIdentity;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The demo MitID login page: Danish, one heading, labelled fields named {@code username} and {@code password},
 * the error announced to screen readers and tied to the fields. Plain HTML: the provider has no template engine.
 */
@Controller
class LoginPageController {

    @GetMapping(value = IdpSecurityConfiguration.LOGIN_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String loginPage(CsrfToken csrf, @RequestParam(name = "error", required = false) String error,
                     @RequestParam(name = "logout", required = false) String logout) {
        boolean failed = error != null;
        String describedBy = failed ? " aria-describedby=\"login-error\" aria-invalid=\"true\"" : "";
        return """
                <!DOCTYPE html>
                <html lang="da">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>MitID (demo)</title>
                <style>%s</style>
                </head>
                <body>
                <main>
                <h1>MitID (demo)</h1>
                <p>Log på med dit demo-bruger-ID. Dette er en lokal demo af MitID, ikke det rigtige MitID.</p>
                %s%s
                <form method="post" action="%s">
                <label for="username">Bruger-ID</label>
                <input id="username" name="username" type="text" autocomplete="username" required autofocus%s>
                <label for="password">Adgangskode</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required%s>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Log på</button>
                </form>
                <h2>Demo-brugere</h2>
                <ul>%s</ul>
                <p>Adgangskoden er <kbd>%s</kbd> for alle.</p>
                </main>
                </body>
                </html>
                """.formatted(STYLE,
                failed ? "<p id=\"login-error\" class=\"error\" role=\"alert\">Forkert bruger-ID eller adgangskode. Prøv igen.</p>" : "",
                logout != null ? "<p role=\"status\">Du er logget af.</p>" : "",
                IdpSecurityConfiguration.LOGIN_PAGE, describedBy, describedBy,
                HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()),
                DemoIdentities.all().stream().map(LoginPageController::listItem).collect(Collectors.joining()),
                DemoIdentities.PASSWORD);
    }

    private static String listItem(DemoIdentity identity) {
        return "<li><kbd>" + HtmlUtils.htmlEscape(identity.username()) + "</kbd> – "
                + HtmlUtils.htmlEscape(identity.name()) + "</li>";
    }

    // colours checked for WCAG 2.1 AA contrast: #0a3d91 on white 10.6:1, #b00020 on white 7.9:1
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;background:#f4f6fa;color:#1a1a1a}
            main{max-width:26rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:8px;box-shadow:0 1px 4px #0003}
            h1{color:#0a3d91;margin-top:0}
            label{display:block;margin-top:1rem;font-weight:600}
            input{box-sizing:border-box;width:100%;padding:.6rem;margin-top:.3rem;font-size:1rem;border:1px solid #555;border-radius:4px}
            input:focus,button:focus{outline:3px solid #0a3d91;outline-offset:2px}
            button{margin-top:1.5rem;width:100%;padding:.7rem;font-size:1rem;font-weight:600;color:#fff;background:#0a3d91;border:0;border-radius:4px;cursor:pointer}
            .error{color:#b00020;font-weight:600}
            h2{font-size:1rem;margin-top:2rem}
            """;
}
