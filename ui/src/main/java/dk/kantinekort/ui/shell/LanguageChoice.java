package dk.kantinekort.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a citizen chose for this session (F19): Danish unless they picked English in the footer. Kept in
 * the HTTP session too, so the plain login page (no Vaadin) and the Vaadin pages share the choice.
 */
public final class LanguageChoice {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String ATTRIBUTE = LanguageChoice.class.getName();

    private LanguageChoice() {
    }

    public static Locale of(VaadinSession session) {
        if (session == null) {
            return DANISH;
        }
        if (session.getAttribute(ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        WrappedSession http = session.getSession();
        return http != null && http.getAttribute(ATTRIBUTE) instanceof Locale chosen ? chosen : DANISH;
    }

    /** The choice in a plain HTTP session (the login page); Danish without a session. */
    public static Locale of(HttpSession session) {
        return Optional.ofNullable(session).map(s -> s.getAttribute(ATTRIBUTE))
                .filter(Locale.class::isInstance).map(Locale.class::cast).orElse(DANISH);
    }

    /** Remembers {@code "en"} or {@code "da"} (anything else is Danish) in the session; answers the locale. */
    public static Locale remember(HttpSession session, String language) {
        Locale locale = "en".equals(language) ? ENGLISH : DANISH;
        session.setAttribute(ATTRIBUTE, locale);
        return locale;
    }

    /** The other language than the one shown, offered in the footer. */
    public static Locale other(Locale shown) {
        return "en".equals(shown.getLanguage()) ? DANISH : ENGLISH;
    }

    /** Switches the session and this page to {@code locale}; the page is built again in that language. */
    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(ATTRIBUTE, locale);
        WrappedSession http = ui.getSession().getSession();
        if (http != null) {
            http.setAttribute(ATTRIBUTE, locale);
        }
        ui.setLocale(locale);
        ui.refreshCurrentRoute(true);
    }
}
