package dk.kantinekort.pos.auth;

import dk.kantinekort.pos.problem.PosProblem;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * First filter after the correlation id: a request path must be canonical, as the bytes arrived, or it is refused with
 * 400 {@code INVALID_REQUEST} before anyone looks at credentials or routes. Canonical means: printable ASCII only, no
 * matrix parameters ({@code ;}), no percent-encoding at all, no backslash, no empty segment ({@code //}), no
 * {@code .} or {@code ..} segment, no trailing slash. Every route of this server is plain letters, digits, dashes and
 * slashes, so nothing legitimate is refused, and the path the router decodes is exactly the path every check reads.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class CanonicalPathFirewall implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<String> flaw = flawOf(exchange.getRequest().getURI().getRawPath());
        if (flaw.isPresent()) {
            return Mono.error(PosProblem.invalid("The request path is not canonical: " + flaw.get()));
        }
        return chain.filter(exchange);
    }

    /** What makes this raw path non-canonical, or empty when it is canonical. */
    static Optional<String> flawOf(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return Optional.of("it must start with /");
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return Optional.of("only printable ASCII characters are allowed");
            }
            switch (c) {
                case ';':
                    return Optional.of("matrix parameters (;) are not allowed");
                case '%':
                    return Optional.of("percent-encoded characters are not allowed");
                case '\\':
                    return Optional.of("backslashes are not allowed");
                default:
                    break;
            }
        }
        if (rawPath.length() > 1 && rawPath.endsWith("/")) {
            return Optional.of("a trailing slash is not allowed");
        }
        for (String segment : rawPath.substring(1).split("/", -1)) {
            if (segment.isEmpty() && rawPath.length() > 1) {
                return Optional.of("empty segments (//) are not allowed");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("dot segments (. and ..) are not allowed");
            }
        }
        return Optional.empty();
    }
}
