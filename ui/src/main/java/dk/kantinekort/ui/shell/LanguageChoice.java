package dk.kantinekort.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;

/** The language a citizen chose for this session (F19): Danish unless they picked English in the footer. */
public final class LanguageChoice {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String ATTRIBUTE = LanguageChoice.class.getName();

    private LanguageChoice() {
    }

    public static Locale of(VaadinSession session) {
        return Optional.ofNullable(session).map(s -> (Locale) s.getAttribute(ATTRIBUTE)).orElse(DANISH);
    }

    /** The other language than the one shown, offered in the footer. */
    public static Locale other(Locale shown) {
        return "en".equals(shown.getLanguage()) ? DANISH : ENGLISH;
    }

    /** Switches the session and this page to {@code locale}; the page is built again in that language. */
    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(ATTRIBUTE, locale);
        ui.setLocale(locale);
        ui.refreshCurrentRoute(true);
    }
}
