package dk.kantinekort.pos.auth;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which handler will serve a request, asked of the very handler mappings the {@link DispatcherHandler} asks, in its
 * order, with the same exchange: the route's {@link ApiRole} is the role the request needs. No string prefix of the
 * path decides anything, so a path the router reads one way can never be checked another way.
 * <p>
 * The handler found for a served route is kept on the exchange, and {@link CheckedRouteMapping} hands that very handler
 * to the dispatcher: the handler that serves is the one whose role was checked, and the router's search (every
 * mapping's conditions against the request) runs once per request, not twice.
 */
@Component
class ApiRoutes {

    /** The route a request under {@code /api} resolves to. */
    record Route(ApiRole role, Throwable routingFailure) {

        /** No handler, a handler without {@link ApiRole}, or not a controller method: nothing is served. */
        static final Route NONE = new Route(null, null);

        boolean served() {
            return role != null;
        }
    }

    /** The exchange attribute holding the handler of a served route, for {@link CheckedRouteMapping}. */
    static final String CHECKED_HANDLER = ApiRoutes.class.getName() + ".handler";

    /** The {@link ApiRole} of each controller method, found once (the annotation search is not free per request). */
    private static final Map<Method, Optional<ApiRole>> ROLES = new ConcurrentHashMap<>();

    private final ObjectProvider<DispatcherHandler> dispatcher;
    /** The dispatcher once found: looking it up in the bean factory per request cost 5 % of the till's HTTP thread. */
    private volatile DispatcherHandler found;

    ApiRoutes(ObjectProvider<DispatcherHandler> dispatcher) {
        this.dispatcher = dispatcher;
    }

    private DispatcherHandler dispatcher() {
        DispatcherHandler handler = found;
        if (handler == null) {
            handler = dispatcher.getObject();
            found = handler;
        }
        return handler;
    }

    /** Whether this (canonical) path is the API's: {@code /api} and below, in any letter case. */
    static boolean underApi(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.equals("/api") || lower.startsWith("/api/");
    }

    /** The route the dispatcher will take for this exchange. */
    Mono<Route> resolve(ServerWebExchange exchange) {
        List<HandlerMapping> mappings = dispatcher().getHandlerMappings();
        if (mappings == null || mappings.isEmpty()) {
            return Mono.just(Route.NONE);
        }
        // as DispatcherHandler.handle: the first mapping with a handler wins, a mapping's failure ends the search
        return Flux.fromIterable(mappings)
                .concatMap(mapping -> mapping.getHandler(exchange))
                .next()
                .map(handler -> {
                    Route route = routeOf(handler);
                    if (route.served()) {
                        exchange.getAttributes().put(CHECKED_HANDLER, handler);
                    }
                    return route;
                })
                .onErrorResume(failure -> Mono.just(new Route(null, failure)))
                .defaultIfEmpty(Route.NONE);
    }

    static Route routeOf(Object handler) {
        ApiRole role = roleOf(handler);
        return role == null ? Route.NONE : new Route(role, null);
    }

    /** The {@link ApiRole} of a controller method (the method's, else its class's); null for anything else. */
    static ApiRole roleOf(Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return null;
        }
        return ROLES.computeIfAbsent(method.getMethod(), m -> {
            ApiRole onMethod = AnnotatedElementUtils.findMergedAnnotation(m, ApiRole.class);
            return Optional.ofNullable(onMethod != null ? onMethod
                    : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ApiRole.class));
        }).orElse(null);
    }
}
