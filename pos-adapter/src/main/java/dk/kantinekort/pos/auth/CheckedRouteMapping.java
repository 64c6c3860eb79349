package dk.kantinekort.pos.auth;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * First of the dispatcher's handler mappings: a request {@link ApiAuthentication} let through is served by the handler
 * {@link ApiRoutes} found for it (and checked the role of), without the router's second search. The mappings found it
 * with this very exchange, so they have already set what they set on it (path variables, the best matching pattern,
 * the producible media types). Every other request (outside {@code /api}, or not served) finds nothing here and goes
 * on to the usual mappings.
 */
@Component
class CheckedRouteMapping implements HandlerMapping, Ordered {

    @Override
    public Mono<Object> getHandler(ServerWebExchange exchange) {
        Object handler = exchange.getAttribute(ApiRoutes.CHECKED_HANDLER); // Object: not justOrEmpty(Optional)
        return Mono.justOrEmpty(handler);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
