package dk.kantinekort.embedded.psp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs webhooks to the merchant, one after the other on one thread (so their order is the order asked for), with
 * the Authorization the merchant registered for the payment; remembers what it sent for the test hooks.
 */
final class WebhookSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    /** One webhook to deliver. */
    record Delivery(String paymentId, String event, URI url, String authorization, Map<String, Object> body) {
    }

    /** One delivery attempt: status is the merchant's HTTP status, -1 for an I/O error, 0 when dropped on purpose. */
    record Sent(String paymentId, String event, String url, int status, String at) {
    }

    private final ObjectMapper mapper;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "psp-simulator-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    WebhookSender(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Sends the webhooks asynchronously in the given order. */
    void send(List<Delivery> deliveries) {
        for (Delivery delivery : deliveries) {
            worker.execute(() -> deliver(delivery));
        }
    }

    /** Records webhooks that a test asked to be lost, without sending them. */
    void drop(List<Delivery> deliveries) {
        for (Delivery delivery : deliveries) {
            sent.add(new Sent(delivery.paymentId(), delivery.event(), delivery.url().toString(), 0,
                    clock.instant().toString()));
        }
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    private void deliver(Delivery delivery) {
        int status;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(delivery.url())
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(delivery.body())));
            if (delivery.authorization() != null) {
                request.header("Authorization", delivery.authorization());
            }
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException | IllegalArgumentException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        log.info("Webhook {} of payment {} sent to {}: {}", delivery.event(), delivery.paymentId(), delivery.url(),
                status);
        sent.add(new Sent(delivery.paymentId(), delivery.event(), delivery.url().toString(), status,
                clock.instant().toString()));
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
