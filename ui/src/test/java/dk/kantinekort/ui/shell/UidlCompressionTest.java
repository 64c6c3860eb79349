package dk.kantinekort.ui.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Gzip only for Vaadin's answers after the first (issue 16, decision record 28: BREACH). */
class UidlCompressionTest {

    private static final String UIDL = "for(;;);[{\"syncId\":1,\"changes\":[" + "{\"node\":1},".repeat(200) + "{}]}]";

    @Test
    void aUidlAnswerIsSentGzippedToABrowserThatTakesGzip() throws Exception {
        MockHttpServletResponse response = run("POST", "v-r=uidl&v-uiId=0", "gzip, deflate, br");

        assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(response.getHeader("Content-Length")).isNull();
        assertThat(response.getContentAsByteArray().length).isLessThan(UIDL.length() / 5);
        assertThat(gunzip(response.getContentAsByteArray())).isEqualTo(UIDL);
    }

    @Test
    void theFirstAnswerWithTheSecurityKeyPagesAndOtherRequestsStayUncompressed() throws Exception {
        assertThat(run("GET", "v-r=init&location=kontoudskrift", "gzip")).satisfies(this::plain);
        assertThat(run("GET", null, "gzip")).satisfies(this::plain);
        assertThat(run("POST", "v-r=heartbeat&v-uiId=0", "gzip")).satisfies(this::plain);
        assertThat(run("POST", "v-r=uidlx", "gzip")).satisfies(this::plain);
        assertThat(run("POST", "v-r=uidl&v-uiId=0", null)).as("a client that takes no gzip").satisfies(this::plain);
    }

    private void plain(MockHttpServletResponse response) {
        assertThat(response.getHeader("Content-Encoding")).isNull();
        try {
            assertThat(response.getContentAsString()).isEqualTo(UIDL);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static MockHttpServletResponse run(String method, String query, String acceptEncoding) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/");
        request.setQueryString(query);
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new UidlCompression.UidlGzipFilter().doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                    throws IOException {
                byte[] body = UIDL.getBytes(UTF_8);
                res.setContentType("application/json; charset=UTF-8");
                res.setContentLength(body.length);
                res.getOutputStream().write(body);
            }
        }));
        return response;
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
