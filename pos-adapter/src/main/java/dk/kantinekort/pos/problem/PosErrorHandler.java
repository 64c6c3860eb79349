package dk.kantinekort.pos.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.kantinekort.pos.web.Correlation;
import dk.kantinekort.pos.web.PosJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The one place where failures become {@code application/problem+json}: from controllers, filters and
 * routing alike, ahead of Boot's own error handler (order -1). Bad input is never a 500; a 500 carries no
 * stack trace and is logged with its correlation id (and the route pattern, never the path: it may hold a
 * card number).
 */
@Component
@Order(-2)
class PosErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PosErrorHandler.class);

    private final PosJson json;

    PosErrorHandler(PosJson json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        String correlationId = Correlation.idOf(exchange);
        PosProblem problem = ProblemMapping.toProblem(failure);
        if (problem == null) {
            log.error("Unexpected failure on {} {} [correlationId={}]", exchange.getRequest().getMethod(),
                    route(exchange), correlationId, ProblemMapping.unwrap(failure));
            problem = new PosProblem(HttpStatus.INTERNAL_SERVER_ERROR, Reasons.INTERNAL_ERROR,
                    "Something went wrong on our side; quote the correlation id " + correlationId);
        } else if (problem.status().is5xxServerError()) {
            log.warn("{} on {} {} [correlationId={}]: {}", problem.reason(), exchange.getRequest().getMethod(),
                    route(exchange), correlationId, problem.detail());
        }
        byte[] body;
        try {
            body = json.mapper().writeValueAsBytes(
                    ProblemResponses.body(problem, exchange.getRequest().getPath().value(), correlationId));
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
        response.setStatusCode(problem.status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        headers.remove(HttpHeaders.LOCATION);
        if (problem.status() == HttpStatus.UNAUTHORIZED) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            headers.set(HttpHeaders.RETRY_AFTER, "1");
        }
        problem.retryAfterSeconds().ifPresent(seconds -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private static String route(ServerWebExchange exchange) {
        Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern.toString() : "(no route)";
    }
}
