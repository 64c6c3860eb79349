package dk.kantinekort.app.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A small till as the till API's offline protocol (decision record 23) expects one: it caches the offline policy while
 * online, sells online while it can, keeps selling offline up to the limit per card and day when the line is cut
 * (refusing the cards on the deny list), and uploads what it sold offline when the line is back. "Cutting the line"
 * points the till at a port where nothing listens, so its requests fail to connect as they do when a cable is out.
 */
final class OfflineTill {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** What happened at the counter. */
    enum Sale { SOLD_ONLINE, DECLINED_ONLINE, SOLD_OFFLINE, REFUSED_OFFLINE_DENIED, REFUSED_OFFLINE_LIMIT }

    /** A sale kept for upload. */
    record Recorded(String key, String card, Instant soldAt, long unitPrice) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI ledger;
    private final URI deadLine;
    private final String token;
    private final Clock clock;
    private boolean lineCut;
    private long dailyLimit;
    private final Set<String> denied = new HashSet<>();
    private final List<Recorded> queue = new ArrayList<>();
    private final Map<String, Long> soldOfflinePerCardDay = new HashMap<>();
    private int counter;

    OfflineTill(int ledgerPort, String token, Clock clock) throws IOException {
        this.ledger = URI.create("http://localhost:" + ledgerPort);
        try (ServerSocket free = new ServerSocket(0)) {
            this.deadLine = URI.create("http://localhost:" + free.getLocalPort()); // closed again: nothing listens
        }
        this.token = token;
        this.clock = clock;
    }

    void cutTheLine() {
        lineCut = true;
    }

    void restoreTheLine() {
        lineCut = false;
    }

    List<Recorded> waitingForUpload() {
        return List.copyOf(queue);
    }

    Set<String> deniedCards() {
        return Set.copyOf(denied);
    }

    long dailyLimit() {
        return dailyLimit;
    }

    /** Fetches and caches the offline policy; false when the line is down (the cached one stays). */
    boolean refreshPolicy() throws InterruptedException {
        try {
            HttpResponse<String> answer = http.send(request("/api/v1/offline-policy").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode policy = json.readTree(answer.body());
            dailyLimit = policy.path("dailyLimit").asLong();
            denied.clear();
            policy.path("deniedCards").forEach(card -> denied.add(card.path("cardNumber").asText()));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** One lunch of this price for this card: online if the line is up, else offline within the policy. */
    Sale sell(String card, long unitPrice) throws InterruptedException {
        String key = "kasse-" + UUID.randomUUID() + "-" + counter++;
        try {
            HttpResponse<String> answer = http.send(request("/api/v1/purchases").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(saleJson(null, card, null, unitPrice).toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 201 ? Sale.SOLD_ONLINE : Sale.DECLINED_ONLINE;
        } catch (IOException lineDown) {
            return sellOffline(key, card, unitPrice);
        }
    }

    private Sale sellOffline(String key, String card, long unitPrice) {
        if (denied.contains(card)) {
            return Sale.REFUSED_OFFLINE_DENIED;
        }
        Instant now = clock.instant();
        String cardDay = card + "@" + LocalDate.ofInstant(now, COPENHAGEN);
        long soldToday = soldOfflinePerCardDay.getOrDefault(cardDay, 0L);
        if (soldToday + unitPrice > dailyLimit) {
            return Sale.REFUSED_OFFLINE_LIMIT;
        }
        soldOfflinePerCardDay.put(cardDay, soldToday + unitPrice);
        queue.add(new Recorded(key, card, now, unitPrice));
        return Sale.SOLD_OFFLINE;
    }

    /** Uploads what was sold offline; forgets the sales the ledger booked. Answers the ledger's answer. */
    JsonNode upload() throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode();
        ArrayNode sales = body.putArray("sales");
        queue.forEach(sale -> sales.add(saleJson(sale.key(), sale.card(), sale.soldAt(), sale.unitPrice())));
        HttpResponse<String> answer = http.send(request("/api/v1/offline-sales")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Upload answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonNode result = json.readTree(answer.body());
        Set<String> done = new HashSet<>();
        result.path("results").forEach(r -> {
            if (!"REFUSED".equals(r.path("outcome").asText())) {
                done.add(r.path("idempotencyKey").asText());
            }
        });
        queue.removeIf(sale -> done.contains(sale.key()));
        return result;
    }

    /** Sends exactly these sales again, as a till does that never heard the answer to its upload. */
    JsonNode uploadAgain(List<Recorded> sent) throws IOException, InterruptedException {
        queue.addAll(0, sent);
        return upload();
    }

    private ObjectNode saleJson(String key, String card, Instant soldAt, long unitPrice) {
        ObjectNode sale = json.createObjectNode();
        if (key != null) {
            sale.put("idempotencyKey", key);
        }
        sale.put("cardNumber", card);
        if (soldAt != null) {
            sale.put("soldAt", soldAt.atZone(COPENHAGEN).toOffsetDateTime().toString());
        }
        ObjectNode line = sale.putArray("lines").addObject();
        line.put("sku", "FROKOST").put("name", "Frokost").put("quantity", 1).put("unitPrice", unitPrice);
        sale.put("total", unitPrice);
        return sale;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder((lineCut ? deadLine : ledger).resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }
}
