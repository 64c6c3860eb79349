package dk.kantinekort.pos.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every answer says {@code X-Content-Type-Options: nosniff} (a browser never guesses a JSON answer to be a page), and
 * every API answer {@code Cache-Control: no-store}: balances, receipts and exports are personal and never cached.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiResponseHeaders implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean api = exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/");
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            if (api) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
