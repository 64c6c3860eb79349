package dk.kantinekort.pos.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.pos.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.reactive.HandlerMapping;

/**
 * The router searches once per API request: the handler {@link ApiRoutes} found (and {@link ApiAuthentication}
 * checked the role of) is the one the dispatcher is handed, by the first of its mappings.
 */
class CheckedRouteTest extends ApiTest {

    @Autowired
    ApiRoutes routes;

    @Autowired
    DispatcherHandler dispatcher;

    @Test
    void theDispatcherIsHandedTheVeryHandlerWhoseRoleWasChecked() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/purchases")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).body(OSTEHAPS));

        ApiRoutes.Route route = routes.resolve(exchange).block();

        assertThat(route.served()).isTrue();
        assertThat(route.role().value()).isEqualTo(Role.TILL);
        List<HandlerMapping> mappings = dispatcher.getHandlerMappings();
        assertThat(mappings.get(0)).isInstanceOf(CheckedRouteMapping.class);
        Object handler = mappings.get(0).getHandler(exchange).block();
        assertThat(handler).isInstanceOf(HandlerMethod.class)
                .isSameAs(exchange.getAttribute(ApiRoutes.CHECKED_HANDLER));
        HandlerMethod method = (HandlerMethod) handler;
        assertThat(method.getMethod().getName()).isEqualTo("purchase");
        assertThat(method.getBean()).as("the controller itself, as the router resolved it")
                .isNotInstanceOf(String.class);
    }

    @Test
    void aRouteNoHandlerServesIsNotHandedOnAndTheUsualMappingsDecide() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/no-such-thing"));

        ApiRoutes.Route route = routes.resolve(exchange).block();

        assertThat(route.served()).isFalse();
        assertThat(new CheckedRouteMapping().getHandler(exchange).blockOptional()).isEmpty();
    }
}
