package dk.kantinekort.ui.citizen.login;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.LanguageChoice;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/** The login page as plain server-rendered HTML (issue 16, decision record 28). */
class LoginPageTest {

    private Optional<String> subject = Optional.empty();
    private final CurrentCitizen nobody = new CurrentCitizen() {
        @Override
        public Optional<String> citizenId() {
            return Optional.empty();
        }

        @Override
        public Optional<String> subject() {
            return subject;
        }
    };
    private final LoginPage page = new LoginPage(new Branding("GladsaxeKortet"), nobody);

    @Test
    void theLoginPageIsPlainHtmlWithTheMitIdLinkTheShellsStylesheetAndFaviconAndNoScript() {
        ResponseEntity<String> answer = page.show(null, null, new MockHttpServletRequest());

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
        String html = answer.getBody();
        assertThat(html).contains("<html lang=\"da\">", "<title>Log på – GladsaxeKortet</title>",
                "<a id=\"login-mitid\" class=\"plain-button\" href=\"oauth2/authorization/mitid\">Log på med MitID</a>",
                "Log på med MitID for at se dine kantinekort",
                "Første gang du logger på, beder vi om dit CPR-nummer",
                "href=\"styles/shell.css\"", "href=\"favicon.svg\"", "<main id=\"main-content\"",
                "id=\"footer-help\" href=\"hjaelp\"", "id=\"footer-terms\" href=\"betingelser\"",
                "id=\"footer-accessibility\" href=\"tilgaengelighed\"", "id=\"language-choice\" lang=\"en\"");
        assertThat(html).doesNotContain("<script", "VAADIN", "login-failed");
    }

    @Test
    void aFailedLoginComesBackToTheLoginPageWithTheMessageAsAnAlert() {
        String html = page.show("", null, new MockHttpServletRequest()).getBody();

        assertThat(html).contains("<p id=\"login-failed\" role=\"alert\" class=\"plain-error\">"
                + "Log på mislykkedes. Prøv igen.</p>");
    }

    @Test
    void aLoggedInVisitorIsSentOnToMineKonti() {
        subject = Optional.of("christian");

        ResponseEntity<String> answer = page.show(null, null, new MockHttpServletRequest());

        assertThat(answer.getStatusCode().value()).isEqualTo(302);
        assertThat(answer.getHeaders().getLocation()).hasToString("/");
    }

    @Test
    void englishChosenOnTheLoginPageStaysTheSessionsLanguageForThePortal() {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest choosing = new MockHttpServletRequest();
        choosing.setSession(session);

        String english = page.show(null, "en", choosing).getBody();
        MockHttpServletRequest later = new MockHttpServletRequest();
        later.setSession(session);

        assertThat(english).contains("<html lang=\"en\">", ">Log in with MitID</a>",
                "id=\"language-choice\" lang=\"da\" href=\"login?lang=da\">Dansk</a>");
        assertThat(page.show(null, null, later).getBody()).contains(">Log in with MitID</a>");
        assertThat(LanguageChoice.of(session)).isEqualTo(LanguageChoice.ENGLISH);
    }

    @Test
    void theSchemesNameIsEscapedInThePage() {
        LoginPage named = new LoginPage(new Branding("<b>Kort & Co</b>"), nobody);

        assertThat(named.show(null, null, new MockHttpServletRequest()).getBody())
                .contains("&lt;b&gt;Kort &amp; Co&lt;/b&gt;").doesNotContain("<b>");
    }
}
