package dk.kantinekort.pos.auth;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.api.till.TillToken;
import dk.kantinekort.pos.problem.PosProblem;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Bearer authentication of {@code /api/**}: {@code /api/v1/admin/**} needs the admin token, everything else
 * under {@code /api/} a till token. The OpenAPI description and actuator endpoints stay open. A missing or
 * unknown credential is a 401 problem with reason {@code UNAUTHORIZED}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiAuthentication implements WebFilter {

    private static final String TILL = ApiAuthentication.class.getName() + ".till";
    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +([\\x21-\\x7e]{1,512})");

    private final TillAuthenticator tills;
    private final AdminToken adminToken;

    ApiAuthentication(TillAuthenticator tills, AdminToken adminToken) {
        this.tills = tills;
        this.adminToken = adminToken;
    }

    /** The authenticated till of a till API request. */
    public static TillIdentity tillOf(ServerWebExchange exchange) {
        TillIdentity till = exchange.getAttribute(TILL);
        if (till == null) {
            throw new IllegalStateException("Not a till request: " + exchange.getRequest().getPath());
        }
        return till;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/")) {
            return chain.filter(exchange);
        }
        Optional<String> token = bearerToken(exchange);
        if (path.startsWith("/api/v1/admin/") || path.equals("/api/v1/admin")) {
            return adminToken.matches(token.orElse(null))
                    ? chain.filter(exchange)
                    : Mono.error(PosProblem.unauthorized("A valid admin bearer token is required"));
        }
        if (token.isEmpty()) {
            return Mono.error(PosProblem.unauthorized("A till bearer token is required"));
        }
        String tokenHash = TillToken.hash(token.get());
        return tills.authenticate(tokenHash)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(till -> {
                    if (till.isEmpty()) {
                        return Mono.error(PosProblem.unauthorized("Unknown or revoked till token"));
                    }
                    exchange.getAttributes().put(TILL, till.get());
                    return chain.filter(exchange).doOnError(e -> forgetRevokedTill(e, tokenHash));
                });
    }

    /** The ledger said the till is gone: stop trusting the cached answer at once. */
    private void forgetRevokedTill(Throwable failure, String tokenHash) {
        if (RejectedException.rejectionOf(failure).map(r -> r.code() == RejectionCode.TILL_UNKNOWN).orElse(false)) {
            tills.evict(tokenHash);
        }
    }

    private static Optional<String> bearerToken(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Optional.empty();
        }
        var m = BEARER.matcher(header.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
