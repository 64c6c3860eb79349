package dk.kantinekort.ui.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a browser keeps the portal's static files (issue 16): the production bundle under {@value #BUILD}
 * has content-hashed names, so a year and {@code immutable} (a new build has new names); the favicon and the
 * shell's stylesheet have fixed names, so an hour. Pages themselves stay uncached (Spring Security's default).
 * <p>
 * The filter runs before Spring Security and Vaadin and keeps its own header: both would otherwise write
 * theirs (no-cache, or Vaadin's hour) over it.
 */
@Configuration(proxyBeanMethods = false)
public class CacheLifetimes {

    static final String BUILD = "/VAADIN/build/";
    public static final String HASHED = "public, max-age=31536000, immutable";
    public static final String SHORT = "public, max-age=3600";

    @Bean
    FilterRegistrationBean<CacheLifetimeFilter> cacheLifetimeFilter() {
        FilterRegistrationBean<CacheLifetimeFilter> registration = new FilterRegistrationBean<>(new CacheLifetimeFilter());
        registration.addUrlPatterns(BUILD + "*", "/favicon.ico", "/favicon.svg", "/styles/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The lifetime for a path inside the portal, or null when the path is not a static file of ours. */
    static String lifetimeOf(String path) {
        if (path.startsWith(BUILD) && !path.contains("..")) {
            return HASHED;
        }
        if (path.equals("/favicon.ico") || path.equals("/favicon.svg") || path.startsWith("/styles/")) {
            return SHORT;
        }
        return null;
    }

    static final class CacheLifetimeFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String lifetime = lifetimeOf(request.getRequestURI().substring(request.getContextPath().length()));
            if (lifetime == null) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, lifetime);
            chain.doFilter(request, new KeepsCacheControl(response, lifetime));
        }
    }

    /** Ignores every later Cache-Control, Pragma or Expires: the lifetime above is the one that holds. */
    private static final class KeepsCacheControl extends HttpServletResponseWrapper {

        KeepsCacheControl(HttpServletResponse response, String lifetime) {
            super(response);
        }

        private static boolean ours(String name) {
            return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) || HttpHeaders.PRAGMA.equalsIgnoreCase(name)
                    || HttpHeaders.EXPIRES.equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ours(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ours(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!ours(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!ours(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
