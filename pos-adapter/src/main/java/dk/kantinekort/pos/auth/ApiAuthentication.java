package dk.kantinekort.pos.auth;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.startup.DemoMode;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.api.till.TillToken;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.problem.Reasons;
import dk.kantinekort.pos.ratelimit.KeyedRateLimiter;
import dk.kantinekort.pos.ratelimit.RateLimitProperties;
import dk.kantinekort.pos.web.Correlation;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Bearer authentication of {@code /api/**}: the request needs the {@link Role} that the {@link ApiRole} of the handler
 * the router resolved for it names (see {@link ApiRoutes}). The path has passed the {@link CanonicalPathFirewall}, so
 * it reads the same to everyone. The OpenAPI description and actuator endpoints (outside {@code /api}) stay open.
 *
 * <ul>
 *   <li>A missing or unknown credential is 401 {@code UNAUTHORIZED}; a staff token outside its own area (the admin
 *   token on the audit API, the auditor token on the admin API) is 403 {@code FORBIDDEN}. Staff tokens are no till
 *   tokens (401 on the till API), and a till token is no staff token (401 on the admin and audit APIs).</li>
 *   <li>A path under {@code /api} that no handler with an {@link ApiRole} serves needs a valid credential of any role
 *   (401 without), and is then the router's own refusal (405, 415, ...) or 404 {@code NOT_FOUND}: such a handler is
 *   never called (default deny).</li>
 * </ul>
 * A till credential may make {@code canteen.rate-limits.till.requests} requests per period; more are 429
 * {@code TOO_MANY_REQUESTS} with {@code Retry-After}, and never reach the ledger.
 * Runs last among the filters, so no filter changes the exchange between this check and the dispatcher.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiAuthentication implements WebFilter {

    private static final String TILL = ApiAuthentication.class.getName() + ".till";
    private static final String ADMIN = ApiAuthentication.class.getName() + ".admin";
    private static final String ROLE = ApiAuthentication.class.getName() + ".role";
    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +([\\x21-\\x7e]{1,512})");

    private final ApiRoutes routes;
    private final TillAuthenticator tills;
    private final AdminCredentials admins;
    private final AuditorToken auditorToken;
    private final KeyedRateLimiter tillLimits;
    private final boolean demo;

    ApiAuthentication(ApiRoutes routes, TillAuthenticator tills, AdminCredentials admins, AuditorToken auditorToken,
                      RateLimitProperties rateLimits, @Value("${" + DemoMode.PROPERTY + ":false}") boolean demo) {
        this.demo = demo;
        this.routes = routes;
        this.tills = tills;
        this.admins = admins;
        this.auditorToken = auditorToken;
        this.tillLimits = new KeyedRateLimiter("till", rateLimits.till().limit());
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

    /** The name of the integration that made this admin API request. */
    public static String integrationOf(ServerWebExchange exchange) {
        String integration = exchange.getAttribute(ADMIN);
        if (integration == null) {
            throw new IllegalStateException("Not an admin request: " + exchange.getRequest().getPath());
        }
        return integration;
    }

    /** Metadata of a command an admin API request sends: actor {@code admin:<integration>}, channel ADMIN_API. */
    public static Map<String, String> adminMetadata(ServerWebExchange exchange) {
        return Ledger.adminMetadata(integrationOf(exchange), Correlation.idOf(exchange));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!ApiRoutes.underApi(path)) {
            return chain.filter(exchange);
        }
        Optional<String> token = bearerToken(exchange);
        return routes.resolve(exchange).flatMap(route -> {
            if (!route.served()) {
                return anyCredential(token).flatMap(valid -> valid
                        ? Mono.<Void>error(route.routingFailure() != null ? route.routingFailure()
                                : new PosProblem(HttpStatus.NOT_FOUND, Reasons.NOT_FOUND, "No such resource"))
                        : Mono.error(PosProblem.unauthorized("A valid bearer token is required")));
            }
            Role required = route.role().value();
            return required == Role.TILL ? tillRequest(exchange, chain, token, route.role().ledgerRechecksTill())
                    : staffRequest(exchange, chain, token.orElse(null), required);
        });
    }

    private Mono<Void> staffRequest(ServerWebExchange exchange, WebFilterChain chain, String token, Role required) {
        Optional<String> integration = admins.integrationOf(token);
        Optional<Role> staff = integration.isPresent() ? Optional.of(Role.ADMIN)
                : auditorToken.matches(token) ? Optional.of(Role.AUDITOR) : Optional.empty();
        if (staff.isEmpty()) {
            return Mono.error(PosProblem.unauthorized("A valid " + required.label() + " bearer token is required"));
        }
        if (staff.get() != required) {
            return Mono.error(PosProblem.forbidden("The " + staff.get().label() + " token does not grant the "
                    + required.label() + " API"));
        }
        exchange.getAttributes().put(ROLE, required);
        integration.ifPresent(name -> exchange.getAttributes().put(ADMIN, name));
        return chain.filter(exchange);
    }

    private Mono<Void> tillRequest(ServerWebExchange exchange, WebFilterChain chain, Optional<String> token,
                                   boolean rechecked) {
        if (token.isEmpty()) {
            return Mono.error(PosProblem.unauthorized("A till bearer token is required"));
        }
        if (!demo && DemoMode.isDemoTillToken(token.get())) {
            // a data store seeded by the demo still knows it; outside the demo it opens nothing
            return Mono.error(PosProblem.unauthorized("A demo till token is refused outside the embedded demo ("
                    + DemoMode.PROPERTY + ")"));
        }
        String tokenHash = TillToken.hash(token.get());
        return tills.authenticate(tokenHash, rechecked)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(till -> {
                    if (till.isEmpty()) {
                        return Mono.error(PosProblem.unauthorized("Unknown or revoked till token"));
                    }
                    // per credential: one till's flood never slows the others; refused before the ledger sees it
                    var wait = tillLimits.acquire(tokenHash);
                    if (wait.isPresent()) {
                        return Mono.error(PosProblem.tooManyRequests("Too many requests from this till; retry later",
                                KeyedRateLimiter.retryAfterSeconds(wait.get())));
                    }
                    exchange.getAttributes().put(TILL, till.get());
                    exchange.getAttributes().put(ROLE, Role.TILL);
                    return chain.filter(exchange).doOnError(e -> forgetRevokedTill(e, tokenHash));
                });
    }

    /** Whether the token is any valid credential: an integration's, the auditors' or a till's. */
    private Mono<Boolean> anyCredential(Optional<String> token) {
        if (token.isEmpty()) {
            return Mono.just(false);
        }
        if (admins.integrationOf(token.get()).isPresent() || auditorToken.matches(token.get())) {
            return Mono.just(true);
        }
        return tills.authenticate(TillToken.hash(token.get()), false).hasElement();
    }

    /** The ledger said the till is gone: stop trusting the cached answer at once. */
    private void forgetRevokedTill(Throwable failure, String tokenHash) {
        if (RejectedException.rejectionOf(failure).map(r -> r.code() == RejectionCode.TILL_UNKNOWN).orElse(false)) {
            tills.evict(tokenHash);
        }
    }

    private static Optional<String> bearerToken(ServerWebExchange exchange) {
        // one Authorization header: with several, which one counts would depend on who reads them
        java.util.List<String> headers = exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.AUTHORIZATION);
        if (headers.size() != 1) {
            return Optional.empty();
        }
        var m = BEARER.matcher(headers.get(0).strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
