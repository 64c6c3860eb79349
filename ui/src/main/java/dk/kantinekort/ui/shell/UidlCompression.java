package dk.kantinekort.ui.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gzip for Vaadin's answers after the first (issue 16, decision record 28): the JSON a page's content arrives in
 * (100 KiB and more per page) goes compressed to the browser, ~5-10 times smaller on a phone's connection.
 * <p>
 * Only answers to Vaadin's UIDL requests ({@code POST ?v-r=uidl}) are compressed: each carries the session's
 * security key in its body (Vaadin refuses one without it), so another site cannot make a citizen's browser send
 * them with text of its choosing, and the answers never carry the key themselves. That keeps BREACH out (it needs
 * a secret and attacker-chosen text in one compressed answer, with the attacker sending requests at will). The
 * first answer ({@code v-r=init}, a GET anyone can link to, with the security key in it) and the pages stay
 * uncompressed, as does everything else Tomcat's {@code server.compression} does not already cover.
 */
@Configuration(proxyBeanMethods = false)
public class UidlCompression {

    @Bean
    FilterRegistrationBean<UidlGzipFilter> uidlCompressionFilter() {
        FilterRegistrationBean<UidlGzipFilter> registration = new FilterRegistrationBean<>(new UidlGzipFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** True for a Vaadin UIDL request from a browser that takes gzip. */
    static boolean compresses(HttpServletRequest request) {
        String query = request.getQueryString();
        String encodings = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return "POST".equals(request.getMethod()) && query != null && ("&" + query + "&").contains("&v-r=uidl&")
                && encodings != null && encodings.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    }

    static final class UidlGzipFilter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !compresses(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            GzipResponse gzip = new GzipResponse(response);
            try {
                chain.doFilter(request, gzip);
            } finally {
                gzip.finish();
            }
        }
    }

    /** Writes the body through gzip once Vaadin asks for it; Content-Length is left to chunked transfer. */
    static final class GzipResponse extends HttpServletResponseWrapper {

        private GZIPOutputStream gzip;
        private ServletOutputStream stream;
        private PrintWriter writer;

        GzipResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                HttpServletResponse response = (HttpServletResponse) getResponse();
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                gzip = new GZIPOutputStream(response.getOutputStream(), 8192);
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        gzip.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        gzip.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("UIDL answers are written blocking");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // the compressed length differs; chunked
        }

        @Override
        public void setContentLengthLong(long length) {
            // the compressed length differs; chunked
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (gzip != null) {
                gzip.flush();
            }
            super.flushBuffer();
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (gzip != null) {
                gzip.finish();
            }
        }
    }
}
