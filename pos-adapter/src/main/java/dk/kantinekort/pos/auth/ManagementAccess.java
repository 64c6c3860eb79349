package dk.kantinekort.pos.auth;

import dk.kantinekort.api.startup.DemoMode;
import dk.kantinekort.pos.problem.PosProblem;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Outside the embedded demo ({@code canteen.demo.enabled=false}) the metrics ({@code /actuator/prometheus}) and the API
 * description ({@code /v3/api-docs}) are for the operators' scraper and developers only: they need
 * {@code Authorization: Bearer <canteen.management.token>}; without a configured token they are closed to everyone
 * (401). Health stays open for load balancers. Runs after the {@link CanonicalPathFirewall}, so the path reads as written.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ManagementAccess implements WebFilter {

    private static final List<String> GUARDED = List.of("/actuator/prometheus", "/v3/api-docs");
    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +([\\x21-\\x7e]{1,512})");

    private final boolean demo;
    private final BearerCredential token;

    ManagementAccess(@Value("${" + DemoMode.PROPERTY + ":false}") boolean demo,
                     @Value("${canteen.management.token:}") String token) {
        this.demo = demo;
        this.token = BearerCredential.of(token, null);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (demo || !guarded(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return chain.filter(exchange);
        }
        List<String> headers = exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.AUTHORIZATION);
        var bearer = headers.size() == 1 ? BEARER.matcher(headers.get(0).strip()) : null;
        if (bearer != null && bearer.matches() && token.matches(bearer.group(1))) {
            return chain.filter(exchange);
        }
        return Mono.error(PosProblem.unauthorized("The management bearer token (canteen.management.token) is required"));
    }

    static boolean guarded(String path) {
        return GUARDED.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/") || path.startsWith(p + "."));
    }
}
