package dk.kantinekort.app.psp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A merchant's webhook endpoint for tests: records every webhook with its Authorization header, answers 200. */
final class WebhookReceiver implements AutoCloseable {

    /** One webhook as it arrived. */
    record Received(String authorization, JsonNode body) {

        String event() {
            return body.path("event").asText();
        }

        String paymentId() {
            return body.path("data").path("paymentId").asText();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookReceiver() {
        ObjectMapper mapper = new ObjectMapper();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/psp/webhooks", exchange -> {
            try (exchange) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                        mapper.readTree(exchange.getRequestBody())));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/psp/webhooks");
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> of(String paymentId) {
        return received.stream().filter(r -> r.paymentId().equals(paymentId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
