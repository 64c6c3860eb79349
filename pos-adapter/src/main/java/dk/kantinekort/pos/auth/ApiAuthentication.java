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
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Bearer authentication of {@code /api/**} by {@link Role}: {@code /api/v1/admin/**} needs the admin token,
 * {@code /api/v1/audit/**} the auditor token, everything else under {@code /api/} a till token. The OpenAPI
 * description and actuator endpoints stay open. A missing or unknown credential is a 401 problem with reason
 * {@code UNAUTHORIZED}; a staff token outside its own area (the admin token on the audit API, the auditor token on
 * the admin API) is a 403 problem with reason {@code FORBIDDEN}. Staff tokens are no till tokens (401 on the till API).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiAuthentication implements WebFilter {

    private static final String TILL = ApiAuthentication.class.getName() + ".till";
    private static final String ROLE = ApiAuthentication.class.getName() + ".role";
    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +([\\x21-\\x7e]{1,512})");

    private final TillAuthenticator tills;
    private final AdminToken adminToken;
    private final AuditorToken auditorToken;

    ApiAuthentication(TillAuthenticator tills, AdminToken adminToken, AuditorToken auditorToken) {
        this.tills = tills;
        this.adminToken = adminToken;
        this.auditorToken = auditorToken;
    }

    /** The role the request was authenticated with; empty outside {@code /api/}. */
    public static Optional<Role> roleOf(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ROLE));
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
        Role required = Role.requiredFor(path);
        if (required != Role.TILL) {
            Optional<Role> staff = staffRoleOf(token.orElse(null));
            if (staff.isEmpty()) {
                return Mono.error(PosProblem.unauthorized("A valid " + required.label() + " bearer token is required"));
            }
            if (staff.get() != required) {
                return Mono.error(PosProblem.forbidden("The " + staff.get().label() + " token does not grant the "
                        + required.label() + " API"));
            }
            exchange.getAttributes().put(ROLE, required);
            return chain.filter(exchange);
        }
        if (token.isEmpty()) {
            return Mono.error(PosProblem.unauthorized("A till bearer token is required"));
        }
        String tokenHash = TillToken.hash(token.get());
        // Purchases and refunds (the POSTs of the till API) are commands: the command side checks the till again.
        boolean rechecked = exchange.getRequest().getMethod() == HttpMethod.POST;
        return tills.authenticate(tokenHash, rechecked)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(till -> {
                    if (till.isEmpty()) {
                        return Mono.error(PosProblem.unauthorized("Unknown or revoked till token"));
                    }
                    exchange.getAttributes().put(TILL, till.get());
                    exchange.getAttributes().put(ROLE, Role.TILL);
                    return chain.filter(exchange).doOnError(e -> forgetRevokedTill(e, tokenHash));
                });
    }

    private Optional<Role> staffRoleOf(String token) {
        if (adminToken.matches(token)) {
            return Optional.of(Role.ADMIN);
        }
        if (auditorToken.matches(token)) {
            return Optional.of(Role.AUDITOR);
        }
        return Optional.empty();
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
