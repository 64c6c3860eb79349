package dk.kantinekort.embedded.psp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Nets Easy Checkout v1 endpoints the adapter calls: create and retrieve payments, saved-card charges, refunds. */
final class PaymentApi {

    private static final Pattern PAYMENT = Pattern.compile("/v1/payments/([^/]+)");
    private static final Pattern SUBSCRIPTION_CHARGE = Pattern.compile("/v1/unscheduledsubscriptions/([^/]+)/charges");
    private static final Pattern REFUND = Pattern.compile("/v1/charges/([^/]+)/refunds");

    private final SimulatedAcquirer acquirer;
    private final ObjectMapper mapper;
    private final URI baseUrl;

    PaymentApi(SimulatedAcquirer acquirer, ObjectMapper mapper, URI baseUrl) {
        this.acquirer = acquirer;
        this.mapper = mapper;
        this.baseUrl = baseUrl;
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Matcher m;
        if ("POST".equals(method) && "/v1/payments".equals(path)) {
            create(exchange);
        } else if ("GET".equals(method) && (m = PAYMENT.matcher(path)).matches()) {
            retrieve(exchange, m.group(1));
        } else if ("POST".equals(method) && (m = SUBSCRIPTION_CHARGE.matcher(path)).matches()) {
            String token = m.group(1);
            idempotent(exchange, "charge:" + token, true, body -> chargeSavedCard(token, body));
        } else if ("POST".equals(method) && (m = REFUND.matcher(path)).matches()) {
            String chargeId = m.group(1);
            idempotent(exchange, "refund:" + chargeId, false, body -> refund(chargeId, body));
        } else {
            Exchanges.json(exchange, 404, Map.of("message", "Not found"), mapper);
        }
    }

    private void create(HttpExchange exchange) throws IOException {
        Optional<JsonNode> body = read(exchange);
        if (body.isEmpty()) {
            return;
        }
        JsonNode order = body.get().path("order");
        long items = 0;
        for (JsonNode item : order.path("items")) {
            items += item.path("grossTotalAmount").asLong();
        }
        String error = !order.path("reference").isTextual() || order.path("reference").asText().isBlank()
                ? "order.reference" : !order.path("amount").canConvertToLong() || order.path("amount").asLong() < 0
                ? "order.amount" : items != order.path("amount").asLong() ? "order.items"
                : !"DKK".equals(order.path("currency").asText()) ? "order.currency"
                : !body.get().path("checkout").path("returnUrl").isTextual() ? "checkout.returnUrl" : null;
        if (error != null) {
            Exchanges.json(exchange, 400, Exchanges.errors(error, "Missing or invalid " + error), mapper);
            return;
        }
        SimulatedPayment payment = acquirer.create(body.get());
        Exchanges.json(exchange, 201, Map.of("paymentId", payment.paymentId,
                "hostedPaymentPageUrl", baseUrl.resolve("/hosted/" + payment.paymentId).toString()), mapper);
    }

    private void retrieve(HttpExchange exchange, String paymentId) throws IOException {
        Optional<SimulatedPayment> payment = acquirer.payment(paymentId);
        if (payment.isEmpty()) {
            Exchanges.json(exchange, 404, Map.of("message", "Payment not found"), mapper);
            return;
        }
        Exchanges.json(exchange, 200, Map.of("payment", view(payment.get())), mapper);
    }

    private Answer chargeSavedCard(String token, JsonNode body) {
        Optional<SavedCard> card = acquirer.card(token);
        if (card.isEmpty()) {
            return new Answer(404, Map.of("message", "Unscheduled subscription not found"));
        }
        JsonNode order = body.path("order");
        if (!order.path("reference").isTextual() || order.path("amount").asLong() <= 0) {
            return new Answer(400, Exchanges.errors("order", "Missing or invalid order"));
        }
        Map<String, Object> result = acquirer.chargeSavedCard(card.get(), order);
        if (result.containsKey("declined")) {
            Map<String, Object> error = new LinkedHashMap<>(result);
            error.remove("declined");
            return new Answer(402, error);
        }
        return new Answer(202, result);
    }

    private Answer refund(String chargeId, JsonNode body) {
        Optional<SimulatedPayment> payment = acquirer.paymentOfCharge(chargeId);
        if (payment.isEmpty()) {
            return new Answer(404, Map.of("message", "Charge not found"));
        }
        String refundId = acquirer.refund(payment.get(), chargeId, body.path("amount").asLong());
        if (refundId == null) {
            return new Answer(400, Exchanges.errors("amount", "The amount exceeds what is left of the charge"));
        }
        return new Answer(201, Map.of("refundId", refundId));
    }

    /**
     * The IETF Idempotency-Key rules: 400 without a key (where required), 422 for another body under the same key,
     * the first answer replayed otherwise. Refunds without a key are simply carried out.
     */
    private void idempotent(HttpExchange exchange, String scope, boolean keyRequired, Call call) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String raw = Exchanges.body(exchange);
        if ((key == null || key.isBlank()) && keyRequired) {
            Exchanges.json(exchange, 400, Exchanges.errors("Idempotency-Key", "The header is required"), mapper);
            return;
        }
        JsonNode body;
        try {
            body = mapper.readTree(raw.isBlank() ? "{}" : raw);
        } catch (JsonProcessingException e) {
            Exchanges.json(exchange, 400, Exchanges.errors("body", "Not JSON"), mapper);
            return;
        }
        String request = scope + " " + mapper.writeValueAsString(body);
        if (key == null || key.isBlank()) {
            Answer answer = call.apply(body);
            Exchanges.json(exchange, answer.status(), answer.body(), mapper);
            return;
        }
        synchronized (acquirer) {
            Optional<SimulatorState.StoredAnswer> seen = acquirer.answer(scope + "|" + key);
            if (seen.isPresent()) {
                if (!seen.get().request.equals(request)) {
                    Exchanges.json(exchange, 422, Exchanges.errors("Idempotency-Key",
                            "The key was used with another request"), mapper);
                } else {
                    Exchanges.send(exchange, seen.get().status, "application/json", seen.get().body);
                }
                return;
            }
            Answer answer = call.apply(body);
            String json = mapper.writeValueAsString(answer.body());
            if (answer.status() < 500) {
                acquirer.remember(scope + "|" + key, new SimulatorState.StoredAnswer(request, answer.status(), json));
            }
            Exchanges.send(exchange, answer.status(), "application/json", json);
        }
    }

    private Optional<JsonNode> read(HttpExchange exchange) throws IOException {
        try {
            return Optional.of(mapper.readTree(Exchanges.body(exchange)));
        } catch (JsonProcessingException e) {
            Exchanges.json(exchange, 400, Exchanges.errors("body", "Not JSON"), mapper);
            return Optional.empty();
        }
    }

    /** The payment as {@code GET /v1/payments/{id}} shows it. */
    static Map<String, Object> view(SimulatedPayment payment) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("paymentId", payment.paymentId);
        view.put("summary", Map.of("reservedAmount", payment.reserved, "chargedAmount", payment.charged,
                "refundedAmount", payment.refunded, "cancelledAmount", 0));
        if (payment.email != null) {
            view.put("consumer", Map.of("privatePerson", Map.of("email", payment.email)));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("paymentType", payment.paymentType);
        details.put("paymentMethod", payment.paymentMethod);
        if (payment.maskedPan != null) {
            details.put("cardDetails", Map.of("maskedPan", payment.maskedPan, "expiryDate", payment.expiryDate));
        }
        view.put("paymentDetails", details);
        view.put("orderDetails", Map.of("amount", payment.total(), "currency", "DKK", "reference", payment.reference));
        view.put("created", payment.created);
        List<Map<String, Object>> charges = new ArrayList<>();
        for (SimulatedCharge charge : payment.charges) {
            charges.add(Map.of("chargeId", charge.chargeId, "amount", charge.amount, "created", charge.created));
        }
        if (!charges.isEmpty()) {
            view.put("charges", charges);
        }
        if (payment.unscheduledSubscriptionId != null) {
            view.put("unscheduledSubscription", Map.of("unscheduledSubscriptionId", payment.unscheduledSubscriptionId));
        }
        return view;
    }

    /** A status and a JSON body. */
    private record Answer(int status, Object body) {
    }

    @FunctionalInterface
    private interface Call {
        Answer apply(JsonNode body);
    }
}
