package dk.kantinekort.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text exists in Danish (default and da) and in English, so no page shows a bare key. */
class BundlesTest {

    @Test
    void theDanishAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties fallback = load("translations.properties");
        Properties danish = load("translations_da.properties");
        Properties english = load("translations_en.properties");

        assertThat(danish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fallback.stringPropertyNames());
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(danish.stringPropertyNames());
    }

    @Test
    void theDefaultBundleIsDanish() throws IOException {
        assertThat(load("translations.properties")).isEqualTo(load("translations_da.properties"));
    }

    @Test
    void noKeyIsDefinedTwice_aSecondDefinitionWouldSilentlyReplaceTheFirstTextOnAnotherPage() throws IOException {
        for (String name : java.util.List.of("translations.properties", "translations_da.properties",
                "translations_en.properties")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            try (InputStream in = BundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
                assertThat(in).as(name).isNotNull();
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .filter(key -> !seen.add(key))
                        .forEach(twice::add);
            }
            assertThat(twice).as("keys defined twice in %s", name).isEmpty();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
