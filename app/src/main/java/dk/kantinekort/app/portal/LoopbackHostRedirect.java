package dk.kantinekort.app.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * With the demo MitID on localhost, a portal opened as http://localhost:8080 would share the provider's cookie
 * jar, and its registered redirect URIs name 127.0.0.1 anyway: the portal moves such a browser to 127.0.0.1.
 */
class LoopbackHostRedirect extends OncePerRequestFilter {

    static final String PORTAL_HOST = "127.0.0.1";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // health checks of scripts and load balancers are no browser: they get their answer where they ask
        if ("localhost".equalsIgnoreCase(request.getServerName()) && "GET".equals(request.getMethod())
                && !request.getRequestURI().startsWith("/actuator/")) {
            // scheme, host and port fixed (the port the connection really came in on), never the Host header's
            String target = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                    .scheme("http")
                    .host(PORTAL_HOST)
                    .port(request.getLocalPort())
                    .query(request.getQueryString())
                    .build(true).toUriString();
            response.sendRedirect(target);
            return;
        }
        chain.doFilter(request, response);
    }
}
