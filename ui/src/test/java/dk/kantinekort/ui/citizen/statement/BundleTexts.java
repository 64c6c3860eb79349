package dk.kantinekort.ui.citizen.statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The portal's real message bundle, read the way Vaadin's default i18n provider does, for tests without Vaadin. */
final class BundleTexts implements ReportTexts {

    private final Properties messages = new Properties();
    private final Locale locale;

    private BundleTexts(String file, Locale locale) {
        this.locale = locale;
        try (InputStream in = BundleTexts.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BundleTexts danish() {
        return new BundleTexts("translations_da.properties", Locale.forLanguageTag("da-DK"));
    }

    static BundleTexts english() {
        return new BundleTexts("translations_en.properties", Locale.ENGLISH);
    }

    @Override
    public String text(String key, Object... params) {
        String value = messages.getProperty(key);
        if (value == null) {
            throw new AssertionError("No message for " + key);
        }
        return params.length == 0 ? value : new MessageFormat(value, locale).format(params);
    }
}
