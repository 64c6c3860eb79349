package dk.kantinekort.app.portal;

import dk.kantinekort.app.AppWithoutLogin;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16, the portal's page load: the favicon is there without a login, and the bundles with hashed names a page
 * loads are cached for a year (and sent compressed), the files with fixed names only for an hour.
 */
class StaticFilesCacheLifetimesTest {

    private static final Pattern BUNDLE = Pattern.compile("(?:src|href)=\"([^\"]*VAADIN/build/[^\"]+\\.js)\"");

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theFaviconIsServedWithoutALoginAndCachedForAnHour() throws Exception {
        for (String path : new String[] {"/favicon.ico", "/favicon.svg"}) {
            HttpResponse<byte[]> icon = get(path);
            assertThat(icon.statusCode()).as(path).isEqualTo(200);
            assertThat(icon.body()).as(path).isNotEmpty();
            assertThat(icon.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=3600");
        }
    }

    @Test
    void thePageNamesTheFaviconAndItsHashedBundleIsCachedForAYearAsImmutableAndSentCompressed() throws Exception {
        HttpResponse<byte[]> page = get("/hjaelp");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("rel=\"icon\"", "/favicon.svg");
        Matcher bundle = BUNDLE.matcher(html);
        assertThat(bundle.find()).as("a bundle under /VAADIN/build/ in " + html).isTrue();
        String path = bundle.group(1).startsWith("/") ? bundle.group(1) : "/" + bundle.group(1).replaceFirst("^\\./", "");

        HttpResponse<byte[]> script = get(path);
        assertThat(script.statusCode()).as(path).isEqualTo(200);
        assertThat(script.headers().firstValue("Cache-Control")).as(path)
                .hasValue("public, max-age=31536000, immutable");
        assertThat(script.headers().firstValue("Pragma")).as(path).isEmpty();

        HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.app().portalPort()
                + path)).header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).as("the bundle is sent compressed").hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(script.body().length);
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.app().portalPort() + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
