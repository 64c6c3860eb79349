package dk.kantinekort.app.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kantinekort.api.card.CardNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * The real till API of the embedded default (pos-adapter), called over HTTP as a till calls it: bearer token
 * of a demo till, a fresh idempotency key per purchase, amounts in øre.
 */
public final class TillApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TillApi(int port) {
        this.port = port;
    }

    /** One receipt line: quantity times the price of one item in øre, and the till's category if it sends one. */
    public record Line(String sku, String name, int quantity, long unitPriceOre, String category) {

        public Line(String sku, String name, int quantity, long unitPriceOre) {
            this(sku, name, quantity, unitPriceOre, null);
        }
    }

    /** What the till was told: 201 for an approved purchase, a problem document with a reason otherwise. */
    public record Answer(int status, JsonNode body) {

        public boolean approved() {
            return status == 201;
        }

        /** The machine-readable reason of a declined purchase, e.g. CARD_BLOCKED; empty when approved. */
        public String reason() {
            return body.path("reason").asText("");
        }
    }

    /** A purchase with this card at the till of this bearer token (DemoData's till tokens). */
    public Answer purchase(String tillToken, CardNumber card, Line... lines) {
        ObjectNode request = JSON.createObjectNode().put("cardNumber", card.value());
        ArrayNode receipt = request.putArray("lines");
        long total = 0;
        for (Line line : lines) {
            ObjectNode sent = receipt.addObject().put("sku", line.sku()).put("name", line.name())
                    .put("quantity", line.quantity()).put("unitPrice", line.unitPriceOre());
            if (line.category() != null) {
                sent.put("category", line.category());
            }
            total += line.quantity() * line.unitPriceOre();
        }
        request.put("total", total);
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/purchases"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tillToken)
                .header("Idempotency-Key", "browser-test-" + UUID.randomUUID())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString()))
                .build();
        try {
            HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
