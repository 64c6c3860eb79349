package dk.kantinekort.embedded.psp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test hooks under {@code /simulator/}: re-send a payment's webhooks ({@code ?times=5&order=reverse}), lose the next
 * payment's webhooks, list what was sent, force what a saved card answers, and make the whole API fail or slow
 * ({@code POST /simulator/outage} with {@code {"status":503}} and/or {@code {"delayMillis":3000}}; {@code {}} ends it).
 */
final class SimulatorHooks {

    private static final Pattern RESEND = Pattern.compile("/simulator/payments/([^/]+)/resend-webhooks");
    private static final Pattern BEHAVIOUR = Pattern.compile("/simulator/cards/([^/]+)/behaviour");

    private final SimulatedAcquirer acquirer;
    private final WebhookSender webhooks;
    private final ApiOutage outage;
    private final ObjectMapper mapper;

    SimulatorHooks(SimulatedAcquirer acquirer, WebhookSender webhooks, ApiOutage outage, ObjectMapper mapper) {
        this.acquirer = acquirer;
        this.webhooks = webhooks;
        this.outage = outage;
        this.mapper = mapper;
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        boolean post = "POST".equals(exchange.getRequestMethod());
        Matcher m;
        if (post && (m = RESEND.matcher(path)).matches()) {
            resend(exchange, m.group(1));
        } else if (post && "/simulator/drop-next-webhooks".equals(path)) {
            acquirer.dropNextWebhooks();
            Exchanges.send(exchange, 204, "application/json", "");
        } else if ("GET".equals(exchange.getRequestMethod()) && "/simulator/webhooks".equals(path)) {
            Exchanges.json(exchange, 200, webhooks.sent(), mapper);
        } else if ("GET".equals(exchange.getRequestMethod()) && "/simulator/settlements".equals(path)) {
            settlements(exchange);
        } else if (post && "/simulator/outage".equals(path)) {
            String body = Exchanges.body(exchange);
            JsonNode outageBody = mapper.readTree(body.isBlank() ? "{}" : body);
            outage.set(outageBody.path("status").asInt(0), outageBody.path("delayMillis").asLong(0));
            Exchanges.send(exchange, 204, "application/json", "");
        } else if (post && (m = BEHAVIOUR.matcher(path)).matches()) {
            behaviour(exchange, m.group(1));
        } else {
            Exchanges.json(exchange, 404, Map.of("message", "Not found"), mapper);
        }
    }

    /** {@code GET /simulator/settlements?from=2026-11-01&to=2026-11-30}: the settlement report as CSV. */
    private void settlements(HttpExchange exchange) throws IOException {
        Map<String, String> query = Exchanges.form(exchange.getRequestURI().getRawQuery());
        java.time.LocalDate from;
        java.time.LocalDate to;
        try {
            from = java.time.LocalDate.parse(query.getOrDefault("from", ""));
            to = java.time.LocalDate.parse(query.getOrDefault("to", ""));
        } catch (java.time.format.DateTimeParseException e) {
            Exchanges.json(exchange, 400, Map.of("message", "from and to are dates, yyyy-MM-dd"), mapper);
            return;
        }
        Exchanges.send(exchange, 200, "text/csv;charset=UTF-8", acquirer.settlementReport(from, to));
    }

    private void resend(HttpExchange exchange, String paymentId) throws IOException {
        Optional<SimulatedPayment> payment = acquirer.payment(paymentId);
        if (payment.isEmpty()) {
            Exchanges.json(exchange, 404, Map.of("message", "Payment not found"), mapper);
            return;
        }
        Map<String, String> query = Exchanges.form(exchange.getRequestURI().getRawQuery());
        int times = Integer.parseInt(query.getOrDefault("times", "1"));
        boolean reverse = "reverse".equalsIgnoreCase(query.get("order"));
        int sent = acquirer.resend(payment.get(), Math.max(1, Math.min(times, 100)), reverse);
        Exchanges.json(exchange, 202, Map.of("sent", sent), mapper);
    }

    private void behaviour(HttpExchange exchange, String token) throws IOException {
        Optional<SavedCard> card = acquirer.card(token);
        if (card.isEmpty()) {
            Exchanges.json(exchange, 404, Map.of("message", "Unscheduled subscription not found"), mapper);
            return;
        }
        String body = Exchanges.body(exchange);
        JsonNode decline = mapper.readTree(body.isBlank() ? "{}" : body).path("decline");
        acquirer.forceBehaviour(card.get(), decline.isTextual() && !decline.asText().isBlank() ? decline.asText() : null);
        Exchanges.send(exchange, 204, "application/json", "");
    }
}
