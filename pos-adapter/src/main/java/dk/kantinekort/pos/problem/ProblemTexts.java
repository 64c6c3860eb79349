package dk.kantinekort.pos.problem;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** English titles and the short Danish till-display messages of each reason code, from message bundles. */
final class ProblemTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle TITLES =
            ResourceBundle.getBundle("dk.kantinekort.pos.problem.ProblemTitles", Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle TILL_MESSAGES =
            ResourceBundle.getBundle("dk.kantinekort.pos.problem.TillMessages", Locale.forLanguageTag("da"), NO_FALLBACK);

    private ProblemTexts() {
    }

    static String title(String reason) {
        return lookup(TITLES, reason);
    }

    /** The text for the till display; Danish, at most a short line. */
    static String tillMessage(String reason) {
        return lookup(TILL_MESSAGES, reason);
    }

    private static String lookup(ResourceBundle bundle, String reason) {
        try {
            return bundle.getString(reason);
        } catch (MissingResourceException e) {
            return bundle.getString("DEFAULT");
        }
    }
}
